namespace Sipas.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates a named type.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">The description.</param>
    protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, if any.</summary>
    public string? Description { get; }

    /// <inheritdoc/>
    public override NamedType GetNamedType() => this;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
