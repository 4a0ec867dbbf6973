namespace Sipas.GraphQL.Types;

/// <summary>The kinds of types (the introspection <c>__TypeKind</c> enum).</summary>
public enum TypeKind
{
    /// <summary>A leaf value.</summary>
    Scalar,
    /// <summary>An object type.</summary>
    Object,
    /// <summary>An interface.</summary>
    Interface,
    /// <summary>A union.</summary>
    Union,
    /// <summary>An enum.</summary>
    Enum,
    /// <summary>An input object.</summary>
    InputObject,
    /// <summary>A list wrapper.</summary>
    List,
    /// <summary>A non-null wrapper.</summary>
    NonNull,
}
