namespace Sipas.GraphQL.Types;

/// <summary>An object type.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description, Func<object, bool>? isTypeOf)
        : base(name, description)
    {
        IsTypeOf = isTypeOf;
    }

    /// <summary>Tells whether a resolved value is of this type (used to resolve abstract types).</summary>
    public Func<object, bool>? IsTypeOf { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;
}
