namespace Sipas.GraphQL.Types;

/// <content>The order of the type map.</content>
public sealed partial class SchemaBuilder
{
    private static List<NamedType> OrderTypes(
        ObjectType query, ObjectType? mutation, ObjectType? subscription, List<DirectiveDefinition> directives, Dictionary<string, NamedType> types,
        List<object> definitions)
    {
        // The type map order graphql-js gives a schema whose types are all listed (as buildSchema does): each defined
        // type in definition order followed by the built-in scalars it is the first to use, then the roots, the
        // directive arguments and the introspection types.
        var defined = new List<NamedType>();
        foreach (var definition in definitions)
        {
            var name = definition switch
            {
                ComplexTypeBuilder c => c.Name,
                UnionDefinition u => u.Name,
                EnumTypeBuilder e => e.Name,
                InputObjectTypeBuilder i => i.Name,
                ScalarType s => s.Name,
                _ => null,
            };
            if (name is not null && !name.StartsWith("__", StringComparison.Ordinal) && types.TryGetValue(name, out var type))
            {
                defined.Add(type);
            }
        }

        var seen = new HashSet<NamedType>(defined);
        var ordered = new List<NamedType>();
        foreach (var type in defined)
        {
            seen.Remove(type);
            Collect(type, seen, ordered);
        }

        Collect(query, seen, ordered);
        if (mutation is not null)
        {
            Collect(mutation, seen, ordered);
        }

        if (subscription is not null)
        {
            Collect(subscription, seen, ordered);
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), seen, ordered);
            }
        }

        Collect(types["__Schema"], seen, ordered);
        return ordered;
    }

    private static void Collect(NamedType type, HashSet<NamedType> seen, List<NamedType> ordered)
    {
        if (!seen.Add(type))
        {
            return;
        }

        ordered.Add(type);
        switch (type)
        {
            case UnionType union:
                union.Types.ToList().ForEach(t => Collect(t, seen, ordered));
                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface, seen, ordered);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType(), seen, ordered);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType(), seen, ordered);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.GetNamedType(), seen, ordered);
                }

                break;
            default:
                break;
        }
    }
}
