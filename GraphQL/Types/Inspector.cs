using System.Globalization;
using System.Text.Json;

namespace Sipas.GraphQL.Types;

/// <summary>Formats values inside error messages the way graphql-js <c>inspect</c> does.</summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Formats a JSON value: strings quoted, objects as <c>{ a: 1 }</c>, lists as <c>[1, 2]</c>; like
    /// graphql-js, nesting deeper than two levels prints as <c>[Object]</c> / <c>[Array]</c> and lists show ten items.</summary>
    /// <param name="value">The value.</param>
    public static string Inspect(JsonElement value) => Inspect(value, 0);

    private static string Inspect(JsonElement value, int depth) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => value.GetRawText(),
        JsonValueKind.Array => InspectArray(value, depth),
        JsonValueKind.Object => !value.EnumerateObject().Any() ? "{}"
            : depth >= MaxRecursiveDepth ? "[Object]"
            : "{ " + string.Join(", ", value.EnumerateObject().Select(p => p.Name + ": " + Inspect(p.Value, depth + 1))) + " }",
        _ => "undefined",
    };

    private static string InspectArray(JsonElement value, int depth)
    {
        var length = value.GetArrayLength();
        if (length == 0)
        {
            return "[]";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var items = string.Join(", ", value.EnumerateArray().Take(MaxArrayLength).Select(i => Inspect(i, depth + 1)));
        var remaining = length - MaxArrayLength;
        return "[" + items + (remaining > 1 ? $", ... {remaining} more items" : remaining == 1 ? ", ... 1 more item" : string.Empty) + "]";
    }

    /// <summary>Formats a CLR value.</summary>
    /// <param name="value">The value.</param>
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        JsonElement e => Inspect(e),
        double d => FormatNumber(d),
        float f => FormatNumber(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => "{}",
    };

    /// <summary>Quotes a string as JavaScript's <c>JSON.stringify</c> does (which graphql-js <c>inspect</c> uses).</summary>
    /// <param name="value">The string.</param>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new System.Text.StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\b' => sb.Append("\\b"),
                '\f' => sb.Append("\\f"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when c < ' ' || lone => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Formats a double as JavaScript prints a number.</summary>
    /// <param name="value">The number.</param>
    public static string FormatNumber(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
}
