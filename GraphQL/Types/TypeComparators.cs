namespace Sipas.GraphQL.Types;

/// <summary>Type relations used by validation and the type system (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same (same named type, same wrappers).</summary>
    /// <param name="a">A type.</param>
    /// <param name="b">Another type.</param>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        _ => false,
    };

    /// <summary>Whether <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="maybeSubType">The candidate.</param>
    /// <param name="superType">The expected type.</param>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types share at least one possible object type.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="a">A composite type.</param>
    /// <param name="b">Another composite type.</param>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(a, b);
        }

        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
