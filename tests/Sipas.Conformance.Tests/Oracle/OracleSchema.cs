using Sipas.GraphQL;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;
using static Sipas.Conformance.Tests.Oracle.OracleData;

namespace Sipas.Conformance.Tests.Oracle;

/// <summary>The oracle schema (js/oracle/schema.graphql) built with our engine, with the resolvers of js/oracle/schema.mjs.</summary>
internal static class OracleSchema
{
    public static Schema Build() => new SchemaBuilder()
        .Enum("Episode", e => e
            .Description("One of the films of the original trilogy.")
            .Value("NEWHOPE", description: "Released in 1977.")
            .Value("EMPIRE", description: "Released in 1980.")
            .Value("JEDI", description: "Released in 1983.")
            .Value("HOLIDAY_SPECIAL", deprecationReason: "Not canon."))
        .Enum("LengthUnit", e => e.Description("A unit of length.").Value("METER").Value("FOOT"))
        .Interface("Node", t => t.Description("An object with an id.").ResolveType(Kind).Field("id", "ID!", Plain))
        .Interface("Character", t => t
            .Description("A character in the trilogy.")
            .Implements("Node")
            .ResolveType(Kind)
            .Field("id", "ID!", Plain)
            .Field("name", "String", Plain)
            .Field("friends", "[Character]", Plain)
            .Field("appearsIn", "[Episode]", Plain)
            .Field("secretBackstory", "String", Plain))
        .Object("Human", t => t
            .Description("A human character.")
            .Implements("Character", "Node")
            .Field("id", "ID!", Plain)
            .Field("name", "String", Plain)
            .Field("friends", "[Character]", f => f.Resolve(Friends))
            .Field("appearsIn", "[Episode]", Plain)
            .Field("secretBackstory", "String", f => f.Resolve(SecretBackstory))
            .Field("homePlanet", "String", Plain)
            .Field("height", "Float", f => f.Argument("unit", "LengthUnit", defaultValue: "METER").Resolve(c => InUnit(c, "height")))
            .Field("mass", "Float", Plain)
            .Field("starships", "[Starship]", f => f.Resolve(c => Strings(c, "starships").Select(StarshipById).ToList()))
            .Field("nonNullSecret", "String!", f => f.Resolve(NonNullSecret)))
        .Object("Droid", t => t
            .Description("A mechanical character.")
            .Implements("Character", "Node")
            .Field("id", "ID!", Plain)
            .Field("name", "String", Plain)
            .Field("friends", "[Character]", f => f.Resolve(Friends))
            .Field("appearsIn", "[Episode]", Plain)
            .Field("secretBackstory", "String", f => f.Resolve(SecretBackstory))
            .Field("primaryFunction", "String", Plain))
        .Object("Starship", t => t
            .Implements("Node")
            .Field("id", "ID!", Plain)
            .Field("name", "String!", Plain)
            .Field("length", "Float", f => f.Argument("unit", "LengthUnit", defaultValue: "METER").Resolve(c => InUnit(c, "length"))))
        .Union("SearchResult", ["Human", "Droid", "Starship"], Kind)
        .InputObject("ReviewInput", t => t
            .Description("A review of a film.")
            .Field("stars", "Int!")
            .Field("commentary", "String")
            .Field("tags", "[String!]", defaultValue: Array.Empty<string>())
            .Field("episode", "Episode", defaultValue: "NEWHOPE"))
        .Object("Review", t => t
            .Field("episode", "Episode", Plain)
            .Field("stars", "Int!", Plain)
            .Field("commentary", "String", Plain)
            .Field("tags", "[String!]", Plain))
        .Query("Query", OracleQuery.Configure)
        .Mutation("Mutation", t => t
            .Field("createReview", "Review", f => f
                .Argument("episode", "Episode!")
                .Argument("review", "ReviewInput!")
                .Resolve(c => new Dictionary<string, object?>(c.Argument<IReadOnlyDictionary<string, object?>>("review"), StringComparer.Ordinal)
                {
                    ["episode"] = c.Argument<string>("episode"),
                }))
            .Field("failingMutation", "Review!", f => f.Resolve(_ => throw new GraphQLException("failingMutation always fails."))))
        .Subscription("Subscription", t => t
            .Field("reviewAdded", "Review", f => f.Argument("episode", "Episode").Subscribe(_ => NoEvents())))
        .Build();

    private static void Plain(FieldBuilder field)
    {
        // A field served by the default resolver (the parent dictionary's entry of the same name).
    }

    internal static string? Kind(object value, ResolveContext context) => (string?)((IReadOnlyDictionary<string, object?>)value)["kind"];

    internal static IEnumerable<string> Strings(ResolveContext context, string key) =>
        (IEnumerable<string>)((IReadOnlyDictionary<string, object?>)context.ParentValue!)[key]!;

    private static object? Friends(ResolveContext context) => Strings(context, "friends").Select(Character).ToList();

    private static object? SecretBackstory(ResolveContext context) => throw new GraphQLException("secretBackstory is secret.");

    private static object? NonNullSecret(ResolveContext context)
    {
        var human = (IReadOnlyDictionary<string, object?>)context.ParentValue!;
        return human["homePlanet"] is string planet
            ? $"{human["name"]} is from {planet}."
            : throw new GraphQLException($"No secret is known for {human["name"]}.");
    }

    private static object? InUnit(ResolveContext context, string key)
    {
        var meters = (double?)((IReadOnlyDictionary<string, object?>)context.ParentValue!)[key];
        return context.Argument<string>("unit") == "FOOT" ? meters * FeetPerMeter : meters;
    }

    private static async IAsyncEnumerable<object?> NoEvents()
    {
        await Task.CompletedTask;
        yield break;
    }
}
