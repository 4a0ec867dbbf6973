using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private static readonly Schema Schema = TestSchema.Create();

    [Theory]
    [InlineData("query ($code: String!) { unit(code: $code) { name } }", """{"code":5}""",
        """{"errors":[{"message":"Variable \"$code\" got invalid value 5; String cannot represent a non string value: 5","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("query ($code: String!) { unit(code: $code) { name } }", "{}",
        """{"errors":[{"message":"Variable \"$code\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("query ($code: String!) { unit(code: $code) { name } }", """{"code":null}""",
        """{"errors":[{"message":"Variable \"$code\" of non-null type \"String!\" must not be null.","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("query ($n: Int) { echo(times: $n) }", """{"n":2147483648}""",
        """{"errors":[{"message":"Variable \"$n\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("query ($n: Int) { echo(times: $n) }", """{"n":1.5}""",
        """{"errors":[{"message":"Variable \"$n\" got invalid value 1.5; Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("query ($c: Color) { color(color: $c) }", """{"c":"GREN"}""",
        """{"errors":[{"message":"Variable \"$c\" got invalid value \"GREN\"; Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("query ($f: UnitFilter!) { filter(input: $f) }", """{"f":{"level":"x","tags":[null],"cod":1}}""",
        """{"errors":[{"message":"Variable \"$f\" got invalid value \"x\" at \"f.level\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]},{"message":"Variable \"$f\" got invalid value null at \"f.tags[0]\"; Expected non-nullable type \"String!\" not to be null.","locations":[{"line":1,"column":8}]},{"message":"Variable \"$f\" got invalid value { level: \"x\", tags: [null], cod: 1 }; Field \"cod\" is not defined by type \"UnitFilter\". Did you mean \"code\"?","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("query ($f: UnitFilter!) { filter(input: $f) }", """{"f":"text"}""",
        """{"errors":[{"message":"Variable \"$f\" got invalid value \"text\"; Expected type \"UnitFilter\" to be an object.","locations":[{"line":1,"column":8}]}]}""")]
    public async Task ExecuteAsync_InvalidVariables_ReturnsGraphQLJsMessages(string query, string variables, string expected)
    {
        var json = await GraphQLTestHost.RunAsync(Schema, query, variables);

        Assert.Equal(expected, json);
    }

    [Fact]
    public async Task ExecuteAsync_ArgumentNotCoercible_ReturnsFieldError()
    {
        var json = await GraphQLTestHost.RunAsync(Schema, "query ($c: String = \"01\") { unit(code: $c) { name } hello }", """{"c":null}""");

        Assert.Equal("""{"errors":[{"message":"Argument \"code\" of non-null type \"String!\" must not be null.","locations":[{"line":1,"column":40}],"path":["unit"]}],"data":{"unit":null,"hello":"world"}}""", json);
    }

    [Theory]
    [InlineData("""{"by":{"code":"01"}}""", """{"data":{"pick":"code=01"}}""")]
    [InlineData("""{"by":{"code":"01","name":"x"}}""", """{"errors":[{"message":"Variable \"$by\" got invalid value { code: \"01\", name: \"x\" }; Exactly one key must be specified for OneOf type \"UnitBy\".","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData("""{"by":{"name":null}}""", """{"errors":[{"message":"Variable \"$by\" got invalid value null at \"by.name\"; Field \"name\" must be non-null.","locations":[{"line":1,"column":8}]}]}""")]
    public async Task ExecuteAsync_OneOfInputVariable_RequiresExactlyOneNonNullField(string variables, string expected)
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("pick", "String", f => f.Argument("by", "UnitBy!").Resolve(c =>
                string.Join(",", c.Argument<Dictionary<string, object?>>("by").Select(kv => $"{kv.Key}={kv.Value}")))))
            .InputObject("UnitBy", i => i.OneOf().Field("code", "String").Field("name", "String"))
            .Build();

        var json = await GraphQLTestHost.RunAsync(schema, "query ($by: UnitBy!) { pick(by: $by) }", variables);

        Assert.Equal(expected, json);
    }
}
