using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Type comparisons of the specification (graphql-js's <c>typeComparators</c>).</summary>
internal static class TypeRelations
{
    /// <summary>True when some object type could be of both composite types.</summary>
    public static bool Overlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstract())
        {
            if (b.IsAbstract())
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

        return b.IsAbstract() && schema.IsSubType(b, a);
    }

    /// <summary>True when a value of <paramref name="sub"/> is always a valid <paramref name="super"/>.</summary>
    public static bool IsSubTypeOf(Schema schema, GraphQLType sub, GraphQLType super)
    {
        while (true)
        {
            if (ReferenceEquals(sub, super))
            {
                return true;
            }

            switch (super, sub)
            {
                case (NonNullType superNonNull, NonNullType subNonNull):
                    (sub, super) = (subNonNull.OfType, superNonNull.OfType);
                    continue;
                case (NonNullType, _):
                    return false;
                case (_, NonNullType subInner):
                    sub = subInner.OfType;
                    continue;
                case (ListType superList, ListType subList):
                    (sub, super) = (subList.OfType, superList.OfType);
                    continue;
                case (ListType, _):
                    return false;
                case (_, ListType):
                    return false;
                default:
                    return super.IsAbstract() && sub is ComplexType && schema.IsSubType((NamedType)super, (NamedType)sub);
            }
        }
    }
}
