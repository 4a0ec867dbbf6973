using Sipas.GraphQL.Language;
using Sipas.GraphQL.Tests.Types;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Language;

public sealed class SchemaPrinterTests
{
    // Checked against graphql-js 16.15: printSchema(buildSchema(sdl)) === sdl; types in definition order, as buildSchema keeps them.
    private const string RichSdl = """"
        """The SIPAS test schema."""
        schema {
          query: Root
          mutation: Change
        }

        """Marks a field as costly."""
        directive @cost(
          """How much."""
          weight: Int! = 1
        ) repeatable on FIELD_DEFINITION | OBJECT

        type Root {
          """
          Finds a node.
          Second line.
          """
          node(
            """The id."""
            id: ID!
            kinds: [Kind!] = [A, B]
          ): Node
          today: Date
          filter(input: Filter = {from: "2025-07-01", limit: 10}): [Node!]!
        }

        type Change {
          touch(id: ID!, reason: String @deprecated): Entity
        }

        interface Node {
          id: ID!
        }

        interface Entity implements Node {
          id: ID!
          name: String
        }

        type Province implements Entity & Node {
          id: ID!
          name: String
        }

        """A calendar date."""
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        enum Kind {
          A
          B @deprecated
        }

        input Filter {
          from: Date
          limit: Int = 20
          old: String @deprecated(reason: "Gone.")
        }
        """";

    [Fact]
    public void Print_RichSchema_MatchesGraphQLJsPrintSchema()
    {
        var schema = new SchemaBuilder()
            .Description("The SIPAS test schema.")
            .Directive(new DirectiveDefinition(
                "cost",
                [DirectiveLocation.FieldDefinition, DirectiveLocation.Object],
                [DirectiveDefinition.Argument("weight", ScalarType.Int, nonNull: true, "How much.", new Sipas.GraphQL.Language.Ast.IntValueNode("1", default))],
                "Marks a field as costly.",
                isRepeatable: true))
            .Query("Root", q => q
                .Field("node", "Node", f => f.Description("Finds a node.\nSecond line.").Argument("id", "ID!", "The id.").Argument("kinds", "[Kind!]", defaultValue: new[] { "A", "B" }))
                .Field("today", "Date")
                .Field("filter", "[Node!]!", f => f.Argument("input", "Filter", defaultValue: new Dictionary<string, object?> { ["from"] = new DateOnly(2025, 7, 1), ["limit"] = 10 })))
            .Mutation("Change", m => m.Field("touch", "Entity", f => f.Argument("id", "ID!").Argument("reason", "String", deprecationReason: Deprecation.DefaultReason)))
            .Interface("Node", i => i.Field("id", "ID!"))
            .Interface("Entity", i => i.Implements("Node").Field("id", "ID!").Field("name", "String"))
            .Object("Province", o => o.Implements("Entity", "Node").Field("id", "ID!").Field("name", "String"))
            .Scalar(new DateScalar())
            .Enum("Kind", e => e.Value("A").Value("B", deprecationReason: Deprecation.DefaultReason))
            .InputObject("Filter", i => i.Field("from", "Date").Field("limit", "Int", defaultValue: 20).Field("old", "String", deprecationReason: "Gone."))
            .Build();

        var sdl = SchemaPrinter.Print(schema);

        Assert.Equal(RichSdl, sdl);
    }

    [Fact]
    public void Print_TestSchema_OmitsBuiltInsAndIntrospection()
    {
        var sdl = SchemaPrinter.Print(TestSchema.Create());

        Assert.StartsWith("type Query {\n  hello: String!\n\n  \"\"\"A unit by code.\"\"\"\n  unit(code: String!): Unit\n", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("scalar String", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("__Schema", sdl, StringComparison.Ordinal);
        Assert.Contains("  BLUE @deprecated(reason: \"Too sad.\")", sdl, StringComparison.Ordinal);
    }
}
