using System.Text.Json;

namespace Sipas.GraphQL;

/// <summary>
/// Finds strings that are valid JSON but not text: an escaped lone surrogate (<c>"\uD800"</c>) parses, yet
/// System.Text.Json throws when it is read as a string. Requests are checked once where their JSON is parsed, so the
/// engine's later reads of strings and property names cannot fail.
/// </summary>
internal static class JsonText
{
    private const string Reason = "holds a string with an unpaired surrogate escape (\\uD800-\\uDFFF), which is not valid Unicode text";

    /// <summary>The error to report when <paramref name="element"/> holds such a string anywhere, else null.</summary>
    public static string? FindInvalid(JsonElement element, string what)
    {
        return IsValid(element) ? null : $"Invalid {what}: it {Reason}.";
    }

    private static bool IsValid(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TryRead(() => element.GetString());
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!IsValid(item))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryRead(() => property.Name) || !IsValid(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static bool TryRead(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
