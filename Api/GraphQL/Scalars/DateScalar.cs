using System.Globalization;
using System.Text.Json;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Scalars;

/// <summary><c>Date</c>: a calendar day <c>yyyy-MM-dd</c> (Vietnam's days for windows), a <see cref="DateOnly"/> in resolvers.</summary>
public sealed class DateScalar : ScalarType
{
    private DateScalar()
        : base("Date", "A calendar day, yyyy-MM-dd (e.g. 2025-07-01). Windows read days in Vietnam time (UTC+7).")
    {
    }

    public static DateScalar Instance { get; } = new();

    public override object? Serialize(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when TryParse(s, out var d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"Date cannot represent value: {value}"),
    };

    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && TryParse(value.GetString()!, out var day)
            ? day
            : throw new CoercionException($"Date cannot represent {value.GetRawText()}: write yyyy-MM-dd, e.g. \"2025-07-01\".");

    public override object? ParseLiteral(ValueNode value) =>
        value is StringValueNode s && TryParse(s.Value, out var day)
            ? day
            : throw new CoercionException($"Date cannot represent {Sipas.GraphQL.Language.Printer.Print(value)}: write yyyy-MM-dd, e.g. \"2025-07-01\".");

    private static bool TryParse(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
