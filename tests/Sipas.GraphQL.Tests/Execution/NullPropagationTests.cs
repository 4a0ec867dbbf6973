using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private sealed record Item(int Id);

    private static readonly Schema Schema = new SchemaBuilder()
        .Query("Query", q => q
            .Field("items", "[Item!]", f => f.Resolve(_ => new[] { new Item(0), new Item(1), new Item(2) }))
            .Field("nullableItems", "[Item]", f => f.Resolve(_ => new[] { new Item(0), new Item(1), new Item(2) }))
            .Field("matrix", "[[Item!]]!", f => f.Resolve(_ => new[] { new[] { new Item(0) }, new[] { new Item(1), new Item(2) } }))
            .Field("required", "Item!", f => f.Resolve(_ => new Item(1)))
            .Field("sibling", "String", f => f.Resolve(_ => "ok"))
            .Field("throws", "String", f => f.Resolve(_ => throw new InvalidOperationException("Boom.")))
            .Field("coded", "String", f => f.ResolveAsync<string>(async _ =>
            {
                await Task.Yield();
                throw new GraphQLException("Not allowed.", "FORBIDDEN");
            }))
            .Field("notIterable", "[Int]", f => f.Resolve(_ => 5))
            .Field("badInt", "Int", f => f.Resolve(_ => "abc")))
        .Object("Item", o => o
            .Field("id", "Int!")
            .Field("value", "Int!", f => f.ResolveAsync(async c =>
            {
                await Task.Yield();
                return c.Parent<Item>().Id == 1 ? (int?)null : c.Parent<Item>().Id * 10;
            }))
            .Field("name", "String", f => f.Resolve(c => c.Parent<Item>().Id == 1 ? throw new InvalidOperationException("No name.") : $"item{c.Parent<Item>().Id}")))
        .Build();

    private static Task<string> Run(string query) => GraphQLTestHost.RunAsync(Schema, query);

    [Fact]
    public async Task ExecuteAsync_NonNullItemFieldNull_NullsTheNullableList()
    {
        var json = await Run("{ items { id value } sibling }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Item.value.","locations":[{"line":1,"column":14}],"path":["items",1,"value"]}],"data":{"items":null,"sibling":"ok"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_NullableItems_NullsOnlyTheItem()
    {
        var json = await Run("{ nullableItems { id value } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Item.value.","locations":[{"line":1,"column":22}],"path":["nullableItems",1,"value"]}],"data":{"nullableItems":[{"id":0,"value":0},null,{"id":2,"value":20}]}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_NestedListOfNonNull_NullsTheInnerList()
    {
        var json = await Run("{ matrix { id value } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Item.value.","locations":[{"line":1,"column":15}],"path":["matrix",1,0,"value"]}],"data":{"matrix":[[{"id":0,"value":0}],null]}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_NonNullRootFieldFails_NullsData()
    {
        var json = await Run("{ sibling required { value } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Item.value.","locations":[{"line":1,"column":22}],"path":["required","value"]}],"data":null}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverThrows_ReportsErrorsInResponseOrder()
    {
        var json = await Run("{ nullableItems { name } throws coded }");

        Assert.Equal("""{"errors":[{"message":"No name.","locations":[{"line":1,"column":19}],"path":["nullableItems",1,"name"]},{"message":"Boom.","locations":[{"line":1,"column":26}],"path":["throws"]},{"message":"Not allowed.","locations":[{"line":1,"column":33}],"path":["coded"],"extensions":{"code":"FORBIDDEN"}}],"data":{"nullableItems":[{"name":"item0"},{"name":null},{"name":"item2"}],"throws":null,"coded":null}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_MaskedExceptions_HideMessagesButNotGraphQLExceptions()
    {
        var options = new GraphQLExecutorOptions { ExposeExceptionMessages = false };

        var json = await GraphQLTestHost.RunAsync(Schema, "{ throws coded }", options: options);

        Assert.Contains("\"message\":\"Unexpected error.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"message\":\"Not allowed.\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ValuesOfWrongShape_ReportCompletionErrors()
    {
        var json = await Run("{ notIterable badInt }");

        Assert.Equal("""{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notIterable\".","locations":[{"line":1,"column":3}],"path":["notIterable"]},{"message":"Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":15}],"path":["badInt"]}],"data":{"notIterable":null,"badInt":null}}""", json);
    }
}
