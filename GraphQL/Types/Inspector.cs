using System.Globalization;
using System.Text.Json;
using Sipas.GraphQL.Language;

namespace Sipas.GraphQL.Types;

/// <summary>Formats values inside error messages the way graphql-js <c>inspect</c> does.</summary>
public static class Inspector
{
    /// <summary>Formats a JSON value: strings quoted, objects as <c>{ a: 1 }</c>, lists as <c>[1, 2]</c>.</summary>
    /// <param name="value">The value.</param>
    public static string Inspect(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Printer.PrintString(value.GetString()!),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => value.GetRawText(),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "[]" : "[" + string.Join(", ", value.EnumerateArray().Select(Inspect)) + "]",
        JsonValueKind.Object => !value.EnumerateObject().Any()
            ? "{}"
            : "{ " + string.Join(", ", value.EnumerateObject().Select(p => p.Name + ": " + Inspect(p.Value))) + " }",
        _ => "undefined",
    };

    /// <summary>Formats a CLR value.</summary>
    /// <param name="value">The value.</param>
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => Printer.PrintString(s),
        bool b => b ? "true" : "false",
        JsonElement e => Inspect(e),
        double d => FormatNumber(d),
        float f => FormatNumber(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => "{}",
    };

    /// <summary>Formats a double as JavaScript prints a number.</summary>
    /// <param name="value">The number.</param>
    public static string FormatNumber(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
}
