namespace Sipas.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The kind of type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of the wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The type without its outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether values of this type may be used as inputs (scalars, enums, input objects and wrappers of them).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether values of this type may be used as outputs (everything but input objects).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>Whether this is a scalar or an enum (unwrapped).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether this is an object, interface or union (unwrapped).</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether this is an interface or a union (unwrapped).</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>The type as SDL writes a reference to it, e.g. <c>[Int!]!</c>.</summary>
    public abstract override string ToString();
}
