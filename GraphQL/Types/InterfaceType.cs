namespace Sipas.GraphQL.Types;

/// <summary>An interface type.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description, TypeResolver? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <summary>Names the object type of a value; when null, the possible types' <c>IsTypeOf</c> decide.</summary>
    public TypeResolver? ResolveType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;
}
