using System.Text.Json;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Types;

public sealed class InspectorTests
{
    // Expected strings are graphql-js 16.15 inspect() output for the same values.
    [Theory]
    [InlineData("[1,2,3,4,5,6,7,8,9,10,11,12]", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")]
    [InlineData("[1,2,3,4,5,6,7,8,9,10,11]", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")]
    [InlineData("""{"a":{"b":{"c":{"d":1}}}}""", "{ a: { b: [Object] } }")]
    [InlineData("[[[[1]]]]", "[[[Array]]]")]
    [InlineData("""{"a":[1,{"b":2}]}""", "{ a: [1, [Object]] }")]
    [InlineData("""{"s":"x","n":null,"e":{}}""", "{ s: \"x\", n: null, e: {} }")]
    [InlineData("\"a\\u001f\\u007f\\\"\\n\"", "\"a\\u001f\u007f\\\"\\n\"")]
    public void Inspect_JsonValue_FormatsLikeGraphQLJs(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, Inspector.Inspect(document.RootElement));
    }
}
