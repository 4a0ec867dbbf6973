using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Sipas.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one: the dictionary entry or JSON property of the field's name, else the public
/// property of that name (case-insensitive, so <c>unitCode</c> reads <c>UnitCode</c>).
/// </summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static object? Resolve(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(name, out var property) ? FromJson(property) : null;
            default:
                var info = Properties.GetOrAdd((parent.GetType(), name), static key =>
                    key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
                return info?.GetValue(parent);
        }
    }

    private static object? FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt32(out var i) ? i : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => value,
        _ => null,
    };
}
