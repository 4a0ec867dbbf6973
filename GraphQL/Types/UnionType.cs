namespace Sipas.GraphQL.Types;

/// <summary>A union type.</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name, string? description, TypeResolver? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <summary>The member types, in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Names the object type of a value; when null, the members' <c>IsTypeOf</c> decide.</summary>
    public TypeResolver? ResolveType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;
}
