using System.Globalization;
using System.Text.Json;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Scalars;

/// <summary><c>DateTime</c>: an instant as ISO 8601 with its offset (<c>2025-07-01T09:30:00+07:00</c>), a <see cref="DateTimeOffset"/> in resolvers.</summary>
public sealed class DateTimeScalar : ScalarType
{
    private DateTimeScalar()
        : base("DateTime", "An instant, ISO 8601 with an offset (e.g. 2025-07-01T09:30:00+07:00 or 2025-07-01T02:30:00Z).")
    {
    }

    public static DateTimeScalar Instance { get; } = new();

    public override object? Serialize(object value) => value switch
    {
        DateTimeOffset t => Format(t),
        _ => throw new CoercionException($"DateTime cannot represent value: {value}"),
    };

    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && TryParse(value.GetString()!, out var instant)
            ? instant
            : throw new CoercionException($"DateTime cannot represent {value.GetRawText()}: write ISO 8601 with an offset, e.g. \"2025-07-01T09:30:00+07:00\".");

    public override object? ParseLiteral(ValueNode value) =>
        value is StringValueNode s && TryParse(s.Value, out var instant)
            ? instant
            : throw new CoercionException($"DateTime cannot represent {Sipas.GraphQL.Language.Printer.Print(value)}: write ISO 8601 with an offset, e.g. \"2025-07-01T09:30:00+07:00\".");

    /// <summary>Extremes (the <c>all</c> window's bounds) print as they are; other instants in UTC.</summary>
    private static string Format(DateTimeOffset t) =>
        t == DateTimeOffset.MinValue || t == DateTimeOffset.MaxValue
            ? t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>An offset is required: a bare local time is ambiguous (the same rule as the REST ingestion).</summary>
    internal static bool TryParse(string text, out DateTimeOffset instant)
    {
        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        instant = default;
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
