namespace Sipas.GraphQL.Types;

/// <summary>An object or interface type: a type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private Dictionary<string, FieldDefinition> _fieldsByName = [];

    /// <summary>Creates the type.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">The description.</param>
    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];

    /// <summary>The interfaces it implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>Finds a field by name (introspection fields are not included).</summary>
    /// <param name="name">The field name.</param>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Whether the type declares it implements an interface.</summary>
    /// <param name="interfaceType">The interface.</param>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var item in Interfaces)
        {
            if (ReferenceEquals(item, interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    internal void SetFields(IReadOnlyList<FieldDefinition> fields)
    {
        Fields = fields;
        var byName = new Dictionary<string, FieldDefinition>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }

        _fieldsByName = byName;
    }
}
