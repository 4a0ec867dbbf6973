using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private enum RatingChannel
    {
        Kiosk,
        QrCode,
        OnlinePortal,
    }

    private static SchemaValidationException Invalid(Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder();
        configure(builder);
        return Assert.Throws<SchemaValidationException>(builder.Build);
    }

    [Fact]
    public void Build_NoQueryType_Throws()
    {
        var error = Invalid(b => b.Object("Unit", o => o.Field("code", "String")));

        Assert.Equal(["Query root type must be provided."], error.Errors);
    }

    [Fact]
    public void Build_UnknownTypeReference_NamesTheField()
    {
        var error = Invalid(b => b.Query("Query", q => q.Field("unit", "[Unit!]")));

        Assert.Equal(["Unknown type \"Unit\" referenced by Query.unit."], error.Errors);
    }

    [Fact]
    public void Build_WrongTypeSystem_ReportsGraphQLJsMessages()
    {
        var error = Invalid(b => b
            .Query("Query", q => q
                .Field("a", "In", f => f.Argument("x", "Out").Argument("req", "Int!", deprecationReason: "gone"))
                .Field("__bad", "Int"))
            .Object("Out", o => o.Field("id", "ID"))
            .InputObject("In", i => i.Field("self", "In!"))
            .Object("Empty", _ => { })
            .Interface("Node", i => i.Field("id", "ID!"))
            .Object("Thing", o => o.Implements("Node").Field("id", "String"))
            .Union("U", [])
            .Enum("E", e => e.Value("true")));

        Assert.Equal(
            [
                "The type of Query.a must be Output Type but got: In.",
                "The type of Query.a(x:) must be Input Type but got: Out.",
                "Required argument Query.a(req:) cannot be deprecated.",
                "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".",
                "Interface field Node.id expects type ID! but Thing.id is type String.",
                "Enum type E cannot include value: true.",
                "Type Empty must define one or more fields.",
                "Union type U must define one or more member types.",
            ],
            Sort(error.Errors));
    }

    private static List<string> Sort(IReadOnlyList<string> errors)
    {
        string[] order = ["The type of Query.a must", "The type of Query.a(x:)", "Required argument", "Name \"__bad\"", "Cannot reference", "Interface field", "Enum type E", "Type Empty", "Union type U"];
        return [.. errors.OrderBy(e => Array.FindIndex(order, o => e.StartsWith(o, StringComparison.Ordinal)))];
    }

    [Fact]
    public void Build_DuplicateTypeNames_Throws()
    {
        var error = Invalid(b => b.Query("Query", q => q.Field("a", "Int")).Object("Query", o => o.Field("b", "Int")));

        Assert.Contains("Schema must contain uniquely named types but contains multiple types named \"Query\".", error.Errors);
    }

    [Fact]
    public async Task Enum_FromCSharpEnum_UsesScreamingSnakeNames()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("channels", "[RatingChannel!]!", f => f.Resolve(_ => Enum.GetValues<RatingChannel>())))
            .Enum<RatingChannel>()
            .Build();

        var json = await GraphQLTestHost.RunAsync(schema, "{ channels }");

        Assert.Equal("""{"data":{"channels":["KIOSK","QR_CODE","ONLINE_PORTAL"]}}""", json);
    }

    [Fact]
    public async Task Argument_TypedRecord_ConvertsInputObject()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("describe", "String", f => f
                .Argument("filter", "Filter!")
                .Resolve(c => c.Argument<FilterInput>("filter").ToString())))
            .InputObject("Filter", i => i.Field("code", "String!").Field("levels", "[Int!]", defaultValue: new[] { 1, 2 }))
            .Build();

        var json = await GraphQLTestHost.RunAsync(schema, "{ describe(filter: {code: \"79\"}) }");

        Assert.Equal("""{"data":{"describe":"79:1,2"}}""", json);
    }

    private sealed record FilterInput(string Code, int[] Levels)
    {
        public override string ToString() => $"{Code}:{string.Join(',', Levels)}";
    }

    [Fact]
    public async Task CustomScalar_ParsesLiteralsAndVariablesAndSerializes()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("next", "Date", f => f.Argument("after", "Date!").Resolve(c => c.Argument<DateOnly>("after").AddDays(1))))
            .Scalar(new DateScalar())
            .Build();

        var json = await GraphQLTestHost.RunAsync(schema, "query ($d: Date!) { a: next(after: \"2025-06-30\") b: next(after: $d) }", """{"d":"2025-12-31"}""");

        Assert.Equal("""{"data":{"a":"2025-07-01","b":"2026-01-01"}}""", json);
    }
}
