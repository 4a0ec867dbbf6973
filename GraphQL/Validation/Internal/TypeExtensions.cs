using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Type predicates of the specification (graphql-js's <c>isLeafType</c>, <c>getNamedType</c>, …).</summary>
internal static class TypeExtensions
{
    /// <summary>The named type under any list and non-null wrappers.</summary>
    public static NamedType Unwrap(this GraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                case ListType list:
                    type = list.OfType;
                    break;
                default:
                    return (NamedType)type;
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static GraphQLType StripNonNull(this GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsLeaf(this GraphQLType type) => type.Kind is TypeKind.Scalar or TypeKind.Enum;

    public static bool IsComposite(this GraphQLType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public static bool IsAbstract(this GraphQLType type) => type.Kind is TypeKind.Interface or TypeKind.Union;

    public static bool IsInput(this GraphQLType type) => type.Unwrap().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    public static bool IsOutput(this GraphQLType type) => type.Unwrap().Kind is not TypeKind.InputObject;
}
