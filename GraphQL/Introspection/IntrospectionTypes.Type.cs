using Sipas.GraphQL.Language;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Introspection;

/// <content><c>__Type</c>, <c>__Field</c> and <c>__InputValue</c>.</content>
internal static partial class IntrospectionTypes
{
    private static void TypeType(ObjectTypeBuilder t) => t
        .Description("The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.")
        .Field("kind", "__TypeKind!", f => f.Resolve(c => c.Parent<GraphQLType>().Kind))
        .Field("name", "String", f => f.Resolve(c => (c.Parent<GraphQLType>() as NamedType)?.Name))
        .Field("description", "String", f => f.Resolve(c => (c.Parent<GraphQLType>() as NamedType)?.Description))
        .Field("specifiedByURL", "String", f => f.Resolve(c => (c.Parent<GraphQLType>() as ScalarType)?.SpecifiedByUrl))
        .Field("fields", "[__Field!]", f => f
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve(c => c.Parent<GraphQLType>() is ComplexType complex ? FilterDeprecated(complex.Fields, c) : null))
        .Field("interfaces", "[__Type!]", f => f.Resolve(c => (c.Parent<GraphQLType>() as ComplexType)?.Interfaces))
        .Field("possibleTypes", "[__Type!]", f => f.Resolve(c => c.Parent<GraphQLType>() is NamedType { IsAbstractType: true } abstractType
            ? c.Schema.GetPossibleTypes(abstractType)
            : null))
        .Field("enumValues", "[__EnumValue!]", f => f
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve(c => c.Parent<GraphQLType>() is EnumType enumType ? FilterDeprecated(enumType.Values, c) : null))
        .Field("inputFields", "[__InputValue!]", f => f
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve(c => c.Parent<GraphQLType>() is InputObjectType input ? FilterDeprecated(input.Fields, c) : null))
        .Field("ofType", "__Type", f => f.Resolve(c => c.Parent<GraphQLType>() switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }))
        .Field("isOneOf", "Boolean", f => f.Resolve(c => c.Parent<GraphQLType>() is InputObjectType input ? input.IsOneOf : null));

    private static void FieldType(ObjectTypeBuilder t) => t
        .Description("Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.")
        .Field("name", "String!", f => f.Resolve(c => c.Parent<FieldDefinition>().Name))
        .Field("description", "String", f => f.Resolve(c => c.Parent<FieldDefinition>().Description))
        .Field("args", "[__InputValue!]!", f => f
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve(c => FilterDeprecated(c.Parent<FieldDefinition>().Arguments, c)))
        .Field("type", "__Type!", f => f.Resolve(c => c.Parent<FieldDefinition>().Type))
        .Field("isDeprecated", "Boolean!", f => f.Resolve(c => c.Parent<FieldDefinition>().IsDeprecated))
        .Field("deprecationReason", "String", f => f.Resolve(c => c.Parent<FieldDefinition>().DeprecationReason));

    private static void InputValueType(ObjectTypeBuilder t) => t
        .Description("Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.")
        .Field("name", "String!", f => f.Resolve(c => c.Parent<InputValueDefinition>().Name))
        .Field("description", "String", f => f.Resolve(c => c.Parent<InputValueDefinition>().Description))
        .Field("type", "__Type!", f => f.Resolve(c => c.Parent<InputValueDefinition>().Type))
        .Field("defaultValue", "String", f => f
            .Description("A GraphQL-formatted string representing the default value for this input value.")
            .Resolve(c => c.Parent<InputValueDefinition>().DefaultValue is { } value ? Printer.Print(value) : null))
        .Field("isDeprecated", "Boolean!", f => f.Resolve(c => c.Parent<InputValueDefinition>().IsDeprecated))
        .Field("deprecationReason", "String", f => f.Resolve(c => c.Parent<InputValueDefinition>().DeprecationReason));
}
