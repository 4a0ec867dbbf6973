using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Introspection;

/// <summary>The introspection types (<c>__Schema</c>, <c>__Type</c> …) with graphql-js descriptions and field order.</summary>
internal static partial class IntrospectionTypes
{
    public static void AddDefinitions(List<object> definitions)
    {
        var builder = new SchemaBuilder();
        builder.Object("__Schema", SchemaType)
            .Object("__Directive", DirectiveType)
            .Enum("__DirectiveLocation", DirectiveLocationEnum)
            .Object("__Type", TypeType)
            .Object("__Field", FieldType)
            .Object("__InputValue", InputValueType)
            .Object("__EnumValue", EnumValueType)
            .Enum("__TypeKind", TypeKindEnum);
        definitions.AddRange(builder.Definitions);
    }

    private static void SchemaType(ObjectTypeBuilder t) => t
        .Description("A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.")
        .Field("description", "String", f => f.Resolve(c => c.Parent<Schema>().Description))
        .Field("types", "[__Type!]!", f => f.Description("A list of all types supported by this server.").Resolve(c => c.Parent<Schema>().Types))
        .Field("queryType", "__Type!", f => f.Description("The type that query operations will be rooted at.").Resolve(c => c.Parent<Schema>().QueryType))
        .Field("mutationType", "__Type", f => f.Description("If this server supports mutation, the type that mutation operations will be rooted at.").Resolve(c => c.Parent<Schema>().MutationType))
        .Field("subscriptionType", "__Type", f => f.Description("If this server support subscription, the type that subscription operations will be rooted at.").Resolve(c => c.Parent<Schema>().SubscriptionType))
        .Field("directives", "[__Directive!]!", f => f
            .Description("A list of all directives supported by this server.")
            .Argument("includeDeprecated", "Boolean!", defaultValue: false)
            .Resolve(c => FilterDeprecated(c.Parent<Schema>().Directives, c)));

    private static void DirectiveType(ObjectTypeBuilder t) => t
        .Description("A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.")
        .Field("name", "String!", f => f.Resolve(c => c.Parent<DirectiveDefinition>().Name))
        .Field("description", "String", f => f.Resolve(c => c.Parent<DirectiveDefinition>().Description))
        .Field("isRepeatable", "Boolean!", f => f.Resolve(c => c.Parent<DirectiveDefinition>().IsRepeatable))
        .Field("locations", "[__DirectiveLocation!]!", f => f.Resolve(c => c.Parent<DirectiveDefinition>().Locations))
        .Field("args", "[__InputValue!]!", f => f
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve(c => FilterDeprecated(c.Parent<DirectiveDefinition>().Arguments, c)))
        .Field("isDeprecated", "Boolean!", f => f.Resolve(c => c.Parent<DirectiveDefinition>().IsDeprecated))
        .Field("deprecationReason", "String", f => f.Resolve(c => c.Parent<DirectiveDefinition>().DeprecationReason));

    private static void DirectiveLocationEnum(EnumTypeBuilder e)
    {
        e.Description("A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        string[] descriptions =
        [
            "a query operation", "a mutation operation", "a subscription operation", "a field", "a fragment definition",
            "a fragment spread", "an inline fragment", "a variable definition", "a schema definition", "a scalar definition",
            "an object type definition", "a field definition", "an argument definition", "an interface definition",
            "a union definition", "an enum definition", "an enum value definition", "an input object type definition",
            "an input object field definition", "a directive definition",
        ];
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            e.Value(location.ToSpecName(), location, "Location adjacent to " + descriptions[(int)location] + ".");
        }
    }

    private static void EnumValueType(ObjectTypeBuilder t) => t
        .Description("One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.")
        .Field("name", "String!", f => f.Resolve(c => c.Parent<EnumValueDefinition>().Name))
        .Field("description", "String", f => f.Resolve(c => c.Parent<EnumValueDefinition>().Description))
        .Field("isDeprecated", "Boolean!", f => f.Resolve(c => c.Parent<EnumValueDefinition>().IsDeprecated))
        .Field("deprecationReason", "String", f => f.Resolve(c => c.Parent<EnumValueDefinition>().DeprecationReason));

    private static void TypeKindEnum(EnumTypeBuilder e) => e
        .Description("An enum describing what kind of type a given `__Type` is.")
        .Value("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar.")
        .Value("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields.")
        .Value("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.")
        .Value("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field.")
        .Value("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field.")
        .Value("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field.")
        .Value("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field.")
        .Value("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field.");

    private static List<T> FilterDeprecated<T>(IReadOnlyList<T> items, ResolveContext context)
    {
        var includeDeprecated = context.Argument<bool?>("includeDeprecated") ?? false;
        var result = new List<T>(items.Count);
        foreach (var item in items)
        {
            var deprecated = item switch
            {
                FieldDefinition f => f.IsDeprecated,
                InputValueDefinition i => i.IsDeprecated,
                EnumValueDefinition v => v.IsDeprecated,
                DirectiveDefinition d => d.IsDeprecated,
                _ => false,
            };
            if (includeDeprecated || !deprecated)
            {
                result.Add(item);
            }
        }

        return result;
    }
}
