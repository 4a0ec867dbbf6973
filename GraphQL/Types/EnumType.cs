using System.Text.Json;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Types;

/// <summary>An enum type. Values map names to CLR values (by default the name itself, or a C# enum member).</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    internal EnumType(string name, string? description, IReadOnlyList<EnumValueDefinition> values)
        : base(name, description)
    {
        Values = values;
        foreach (var value in values)
        {
            _byName.TryAdd(value.Name, value);
            if (value.Value is not null)
            {
                _byValue.TryAdd(value.Value, value);
            }
        }
    }

    /// <summary>The values, in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Finds a value by name.</summary>
    /// <param name="name">The name.</param>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Turns a resolved CLR value into the enum value's name.</summary>
    /// <param name="value">The resolved value.</param>
    public string Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <summary>Coerces a variable value (a JSON string naming a value).</summary>
    /// <param name="value">The JSON value.</param>
    public object? ParseValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-string value: {Inspector.Inspect(value)}." + DidYouMean(Inspector.Inspect(value)));
        }

        var name = value.GetString()!;
        return _byName.TryGetValue(name, out var definition)
            ? definition.Value
            : throw new CoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
    }

    /// <summary>Coerces a literal (an enum value literal).</summary>
    /// <param name="value">The literal.</param>
    public object? ParseLiteral(ValueNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not EnumValueNode node)
        {
            var printed = Printer.Print(value);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + DidYouMean(printed));
        }

        return _byName.TryGetValue(node.Value, out var definition)
            ? definition.Value
            : throw new CoercionException($"Value \"{node.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(node.Value));
    }

    private string DidYouMean(string input) =>
        Suggestions.DidYouMean(Suggestions.List(input, Values.Select(v => v.Name)), "the enum value");
}
