namespace Sipas.GraphQL.Types;

/// <summary>An input object type. Coerced values are <c>Dictionary&lt;string, object?&gt;</c>.</summary>
public sealed class InputObjectType : NamedType
{
    private Dictionary<string, InputValueDefinition> _byName = [];

    internal InputObjectType(string name, string? description, bool isOneOf = false)
        : base(name, description)
    {
        IsOneOf = isOneOf;
    }

    /// <summary>Whether exactly one field must be given, and not null (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; }

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields { get; private set; } = [];

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Finds a field by name.</summary>
    /// <param name="name">The name.</param>
    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<InputValueDefinition> fields)
    {
        Fields = fields;
        var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }

        _byName = byName;
    }
}
