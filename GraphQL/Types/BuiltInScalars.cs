using System.Globalization;
using System.Text.Json;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Types;

internal sealed class IntScalar() : ScalarType("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object? Serialize(object value)
    {
        double number;
        switch (value)
        {
            case int i:
                return i;
            case bool b:
                return b ? 1 : 0;
            case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            case long or short or byte or sbyte or ushort or uint or ulong or float or double or decimal:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                break;
            default:
                throw new CoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Floor(number) != number)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }

        return (int)number;
    }

    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || Math.Floor(number) != number)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {value.GetRawText()}");
        }

        return (int)number;
    }

    public override object? ParseLiteral(ValueNode value)
    {
        if (value is not IntValueNode node)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Printer.Print(value)}");
        }

        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {node.Value}");
        }

        return result;
    }
}

internal sealed class FloatScalar() : ScalarType("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object? Serialize(object value)
    {
        var number = value switch
        {
            double d => d,
            bool b => b ? 1 : 0,
            int or long or short or byte or sbyte or ushort or uint or ulong or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => double.NaN,
        };
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new CoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return number;
    }

    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || double.IsInfinity(number))
        {
            throw new CoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return number;
    }

    public override object? ParseLiteral(ValueNode value) => value switch
    {
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"Float cannot represent non numeric value: {Printer.Print(value)}"),
    };
}

internal sealed class StringScalar() : ScalarType("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object? Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d when double.IsFinite(d) => Inspector.FormatNumber(d),
        float f when float.IsFinite(f) => Inspector.FormatNumber(f),
        int or long or short or byte or sbyte or ushort or uint or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        char c => c.ToString(),
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        _ => throw new CoercionException($"String cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString()
        : throw new CoercionException($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode value) => value is StringValueNode s
        ? s.Value
        : throw new CoercionException($"String cannot represent a non string value: {Printer.Print(value)}");
}

internal sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override object? Serialize(object value) => value switch
    {
        bool b => b,
        double d when double.IsFinite(d) => d != 0,
        int or long or short or byte or sbyte or ushort or uint or ulong or decimal or float => Convert.ToDouble(value, CultureInfo.InvariantCulture) != 0,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseLiteral(ValueNode value) => value is BooleanValueNode b
        ? b.Value
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(value)}");
}

internal sealed class IdScalar() : ScalarType("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object? Serialize(object value) => value switch
    {
        string s => s,
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        double d when Math.Floor(d) == d && double.IsFinite(d) => Inspector.FormatNumber(d),
        Guid g => g.ToString(),
        _ => throw new CoercionException($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseLiteral(ValueNode value) => value switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(value)}"),
    };
}
