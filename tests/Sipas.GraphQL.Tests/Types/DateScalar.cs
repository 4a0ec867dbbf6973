using System.Globalization;
using System.Text.Json;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Types;

/// <summary>A custom scalar for tests: ISO dates.</summary>
internal sealed class DateScalar() : ScalarType("Date", "A calendar date.", "https://tools.ietf.org/html/rfc3339")
{
    public override object? Serialize(object value) => value is DateOnly d
        ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : throw new CoercionException($"Date cannot represent value: {Inspector.Inspect(value)}");

    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out var d)
            ? d
            : throw new CoercionException($"Date cannot represent value: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode value) =>
        value is StringValueNode s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", out var d)
            ? d
            : throw new CoercionException($"Date cannot represent value: {Printer.Print(value)}");
}
