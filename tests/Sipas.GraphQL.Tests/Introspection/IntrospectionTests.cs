using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private static readonly Schema Schema = TestSchema.Create();

    private static Task<string> Run(string query) => GraphQLTestHost.RunAsync(Schema, query);

    [Fact]
    public async Task Type_ObjectType_DescribesFieldsArgumentsAndDeprecation()
    {
        var json = await Run("""{ __type(name: "Query") { kind name fields(includeDeprecated: true) { name isDeprecated deprecationReason args { name defaultValue type { kind name ofType { name } } } } } }""");

        Assert.Contains("""{"name":"unit","isDeprecated":false,"deprecationReason":null,"args":[{"name":"code","defaultValue":null,"type":{"kind":"NON_NULL","name":null,"ofType":{"name":"String"}}}]}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"echo","isDeprecated":false,"deprecationReason":null,"args":[{"name":"text","defaultValue":"\"default\"","type":{"kind":"SCALAR","name":"String","ofType":null}},{"name":"times","defaultValue":"1","type":{"kind":"SCALAR","name":"Int","ofType":null}}]}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"old","isDeprecated":true,"deprecationReason":"Use hello.","args":[]}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Type_DeprecatedFieldsAndValues_HiddenByDefault()
    {
        var json = await Run("""{ q: __type(name: "Query") { fields { name } } c: __type(name: "Color") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated } } }""");

        Assert.DoesNotContain("\"old\"", json, StringComparison.Ordinal);
        Assert.Contains("""{"enumValues":[{"name":"RED"},{"name":"GREEN"}],"all":[{"name":"RED","isDeprecated":false},{"name":"GREEN","isDeprecated":false},{"name":"BLUE","isDeprecated":true}]}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Type_AbstractTypes_ListPossibleTypesAndInterfaces()
    {
        var json = await Run("""{ pet: __type(name: "Pet") { kind possibleTypes { name } } search: __type(name: "SearchResult") { kind possibleTypes { name } fields { name } } dog: __type(name: "Dog") { interfaces { name } possibleTypes { name } } }""");

        Assert.Equal("""{"data":{"pet":{"kind":"INTERFACE","possibleTypes":[{"name":"Dog"},{"name":"Cat"}]},"search":{"kind":"UNION","possibleTypes":[{"name":"Unit"},{"name":"Dog"}],"fields":null},"dog":{"interfaces":[{"name":"Pet"}],"possibleTypes":null}}}""", json);
    }

    [Fact]
    public async Task Type_InputObjectAndScalar_DescribeInputFieldsAndSpecifiedBy()
    {
        var json = await Run("""{ f: __type(name: "UnitFilter") { kind isOneOf inputFields { name defaultValue isDeprecated } } s: __type(name: "String") { kind specifiedByURL description } missing: __type(name: "Nope") { name } }""");

        Assert.Equal("""{"data":{"f":{"kind":"INPUT_OBJECT","isOneOf":false,"inputFields":[{"name":"code","defaultValue":null,"isDeprecated":false},{"name":"level","defaultValue":"1","isDeprecated":false},{"name":"tags","defaultValue":null,"isDeprecated":false}]},"s":{"kind":"SCALAR","specifiedByURL":null,"description":"The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text."},"missing":null}}""", json);
    }

    [Fact]
    public async Task Schema_RootTypesAndDirectives_AreListed()
    {
        var json = await Run("{ __schema { description queryType { name } mutationType { name } subscriptionType { name } directives { name isRepeatable locations args { name } } } }");

        Assert.StartsWith("""{"data":{"__schema":{"description":null,"queryType":{"name":"Query"},"mutationType":null,"subscriptionType":null,"directives":[{"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if"}]},{"name":"skip",""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"specifiedBy","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url"}]}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_Types_IncludeIntrospectionTypesAndOnlyReferencedScalars()
    {
        var result = await GraphQLTestHost.ExecuteAsync(new GraphQLExecutor(Schema), "{ __schema { types { name } } }");

        var json = result.ToJson();
        Assert.Contains("\"__TypeKind\"", json, StringComparison.Ordinal);
        Assert.Contains("\"__DirectiveLocation\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ID\"", json, StringComparison.Ordinal);
        Assert.StartsWith("""{"data":{"__schema":{"types":[{"name":"Query"},{"name":"String"},{"name":"Int"},{"name":"Unit"},{"name":"Pet"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeName_OnUnionMembers_ReturnsConcreteType()
    {
        var json = await Run("{ search { __typename } }");

        Assert.Equal("""{"data":{"search":[{"__typename":"Unit"},{"__typename":"Dog"}]}}""", json);
    }
}
