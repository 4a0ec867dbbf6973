using Sipas.GraphQL;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;
using static Sipas.Conformance.Tests.Oracle.OracleData;

namespace Sipas.Conformance.Tests.Oracle;

/// <summary>The oracle's Query type (resolvers as in js/oracle/schema.mjs).</summary>
internal static class OracleQuery
{
    public static void Configure(ObjectTypeBuilder query) => query
        .Field("hero", "Character", f => f.Argument("episode", "Episode")
            .Resolve(c => c.Argument<string>("episode") == "EMPIRE" ? Character("1000") : Character("2001")))
        .Field("human", "Human", f => f.Argument("id", "ID!").Resolve(c => Humans.FirstOrDefault(h => (string)h["id"]! == Id(c))))
        .Field("droid", "Droid", f => f.Argument("id", "ID!").Resolve(c => Droids.FirstOrDefault(d => (string)d["id"]! == Id(c))))
        .Field("character", "Character", f => f.Argument("id", "ID!").Resolve(c => Character(Id(c))))
        .Field("node", "Node", f => f.Argument("id", "ID!").Resolve(c => Character(Id(c)) ?? StarshipById(Id(c))))
        .Field("characters", "[Character]", f => f.Argument("ids", "[ID!]!")
            .Resolve(c => c.Argument<List<string>>("ids").Select(Character).ToList()))
        .Field("search", "[SearchResult!]!", f => f.Argument("text", "String!").Resolve(Search))
        .Field("starship", "Starship", f => f.Argument("id", "ID!").Resolve(c => StarshipById(Id(c))))
        .Field("echo", "String", f => f.Argument("message", "String").Argument("times", "Int", defaultValue: 1).Resolve(Echo))
        .Field("add", "Int", f => f.Argument("a", "Int!").Argument("b", "Int!")
            .Resolve(c => (long)c.Argument<int>("a") + c.Argument<int>("b")))
        .Field("multiply", "Float", f => f.Argument("a", "Float!").Argument("b", "Float!")
            .Resolve(c => c.Argument<double>("a") * c.Argument<double>("b")))
        .Field("not", "Boolean!", f => f.Argument("value", "Boolean!").Resolve(c => !c.Argument<bool>("value")))
        .Field("sum", "Int!", f => f.Argument("values", "[Int!]!").Resolve(c => c.Argument<List<int>>("values").Sum(v => (long)v)))
        .Field("reverse", "[String]", f => f.Argument("values", "[String]").Resolve(Reverse))
        .Field("review", "Review", f => f.Argument("input", "ReviewInput!").Resolve(c => c.Argument<IReadOnlyDictionary<string, object?>>("input")))
        .Field("fail", "String", f => f.Argument("message", "String!").Resolve(c => throw new GraphQLException(c.Argument<string>("message"))))
        .Field("failNonNull", "String!", f => f.Resolve(_ => throw new GraphQLException("failNonNull always fails.")))
        .Field("nullNonNull", "String!", f => f.Resolve(_ => null))
        .Field("matrix", "[[Int]]", f => f.Resolve(_ => new List<int?[]?> { new int?[] { 1, 2 }, new int?[] { 3, null }, null }))
        .Field("oldField", "String", f => f.Deprecated("Use echo.").Resolve(_ => "old"));

    private static string Id(ResolveContext context) => context.Argument<string>("id");

    private static object? Search(ResolveContext context)
    {
        var text = context.Argument<string>("text");
        return Humans.Concat(Droids).Concat(Starships)
            .Where(x => ((string)x["name"]!).Contains(text, StringComparison.Ordinal))
            .ToList();
    }

    private static object? Echo(ResolveContext context)
    {
        var times = context.Argument<int>("times");
        if (times < 0)
        {
            throw new GraphQLException("times must not be negative.");
        }

        var message = context.Argument<string?>("message");
        return message is null ? null : string.Join(' ', Enumerable.Repeat(message, times));
    }

    private static object? Reverse(ResolveContext context)
    {
        var values = context.Argument<List<string?>?>("values");
        return values is null ? null : Enumerable.Reverse(values).ToList();
    }
}
