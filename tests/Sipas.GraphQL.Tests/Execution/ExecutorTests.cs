using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly Schema Schema = TestSchema.Create();

    private static Task<string> Run(string query, string? variables = null, string? operationName = null) =>
        GraphQLTestHost.RunAsync(Schema, query, variables, operationName: operationName);

    [Fact]
    public async Task ExecuteAsync_NestedQuery_ReturnsDataInSelectionOrder()
    {
        var json = await Run("{ units { name code } hello unit(code: \"00004\") { parent { name } } }");

        Assert.Equal("""{"data":{"units":[{"name":"Hà Nội","code":"01"},{"name":"TP. Hồ Chí Minh","code":"79"},{"name":"Ba Đình","code":"00004"}],"hello":"world","unit":{"parent":{"name":"Hà Nội"}}}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_AliasesFragmentsAndDirectives_CollectsFieldsPerSpec()
    {
        const string query = """
            query ($skip: Boolean!) {
              a: hello
              b: hello @skip(if: $skip)
              ...F
              ... on Query @include(if: false) { hello }
              ... @include(if: true) { c: hello }
            }
            fragment F on Query { unit(code: "79") { name } a: hello }
            """;

        var json = await Run(query, """{"skip":true}""");

        Assert.Equal("""{"data":{"a":"world","unit":{"name":"TP. Hồ Chí Minh"},"c":"world"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_ArgumentsWithDefaultsAndVariables_CoercesPerSpec()
    {
        var json = await Run(
            "query ($t: String, $n: Int = 3) { a: echo b: echo(text: \"ab\", times: 2) c: echo(text: $t) d: echo(text: \"x\", times: $n) }",
            "{}");

        Assert.Equal("""{"data":{"a":"default","b":"abab","c":"default","d":"xxx"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_InputObjectLiteral_AppliesFieldDefaultsAndListCoercion()
    {
        var json = await Run("{ filter(input: {code: \"01\", tags: \"a\"}) }");

        Assert.Equal("""{"data":{"filter":"code=01,level=1,tags=[a]"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_InputObjectVariable_CoercesFromJson()
    {
        var json = await Run("query ($f: UnitFilter!) { filter(input: $f) }", """{"f":{"tags":["x","y"],"level":2}}""");

        Assert.Equal("""{"data":{"filter":"level=2,tags=[x,y]"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_EnumArgumentAndResult_UsesNames()
    {
        var json = await Run("query ($c: Color) { a: color(color: GREEN) b: color(color: $c) }", """{"c":"BLUE"}""");

        Assert.Equal("""{"data":{"a":"GREEN","b":"BLUE"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_InterfacesAndUnions_ResolveRuntimeTypes()
    {
        var json = await Run("{ pets { __typename name ... on Dog { barks } ... on Cat { lives } } search { __typename ... on Unit { code } ... on Dog { name } } }");

        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}],"search":[{"__typename":"Unit","code":"01"},{"__typename":"Dog","name":"Rex"}]}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_TypeNameOnRoot_ReturnsRootTypeName()
    {
        var json = await Run("{ __typename }");

        Assert.Equal("""{"data":{"__typename":"Query"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_SeveralOperations_RunsTheNamedOne()
    {
        var json = await Run("query A { a: hello } query B { b: hello }", operationName: "B");

        Assert.Equal("""{"data":{"b":"world"}}""", json);
    }

    [Theory]
    [InlineData("query A { hello } query B { hello }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { hello }", "C", "Unknown operation named \"C\".")]
    [InlineData("{ hello }", "X", "Unknown operation named \"X\".")]
    public async Task Prepare_OperationCannotBeSelected_ReturnsRequestError(string query, string? operationName, string message)
    {
        var executor = new GraphQLExecutor(Schema);

        var prepared = executor.Prepare(new GraphQLRequest(query, operationName));

        Assert.Equal(message, Assert.Single(prepared.Errors).Message);
        Assert.Null(prepared.OperationType);
        var result = await executor.ExecuteAsync(prepared, new RequestContext(), default);
        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ExecuteAsync_MutationWithoutMutationType_ReturnsRequestError()
    {
        var json = await Run("mutation { hello }");

        Assert.Equal("""{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}]}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_ReturnsRequestErrorWithoutData()
    {
        var json = await Run("{ hello");

        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}]}]}""", json);
    }

    [Fact]
    public void Prepare_SameText_ReusesTheParsedDocument()
    {
        var executor = new GraphQLExecutor(Schema);

        var first = executor.Prepare(new GraphQLRequest("{ hello }"));
        var second = executor.Prepare(new GraphQLRequest("{ hello }"));

        Assert.Same(first.Document, second.Document);
        Assert.Equal(Sipas.GraphQL.Language.OperationType.Query, second.OperationType);
    }
}
