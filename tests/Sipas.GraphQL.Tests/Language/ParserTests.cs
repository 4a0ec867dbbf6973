using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($a: Int = $b) { x }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 21)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A { a: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ f(a: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    public void Parse_InvalidDocument_ThrowsGraphQLJsMessageAndLocation(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void Parse_Operation_BuildsAstWithLocations()
    {
        var document = Parser.Parse("query Q($id: ID! = 4) @dir {\n  alias: node(id: $id) { ... on User { name } ...Frag }\n}\nfragment Frag on User { id }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal("ID!", Printer.Print(operation.VariableDefinitions[0].Type));
        Assert.Equal("4", Printer.Print(operation.VariableDefinitions[0].DefaultValue!));
        Assert.Equal("dir", operation.Directives[0].Name.Value);
        Assert.Equal(("alias", "node", "alias"), (field.Alias!.Value, field.Name.Value, field.ResponseName));
        Assert.Equal(new SourceLocation(2, 3), field.Location.StartLocation);
        Assert.IsType<VariableNode>(field.Arguments[0].Value);
        Assert.IsType<InlineFragmentNode>(field.SelectionSet!.Selections[0]);
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet.Selections[1]);
        Assert.Equal("User", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).TypeCondition.Name.Value);
    }

    [Fact]
    public void Parse_DescriptionsOnExecutableDefinitions_AreKept()
    {
        var document = Parser.Parse("\"Lists units.\" query Q(\"The level.\" $l: Int) { a }\n\"\"\"Reusable.\"\"\" fragment F on Query { a }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Lists units.", operation.Description!.Value);
        Assert.Equal("The level.", operation.VariableDefinitions[0].Description!.Value);
        Assert.True(Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Block);
        Assert.Equal("\"Lists units.\"\nquery Q(\n\"The level.\"\n$l: Int\n) {\n  a\n}\n\n\"\"\"Reusable.\"\"\"\nfragment F on Query {\n  a\n}", Printer.Print(document));
    }

    [Fact]
    public void Parse_Values_ReadsEveryKind()
    {
        var value = Parser.ParseValue("[1, -2.5e3, \"s\", \"\"\"block\"\"\", true, null, ENUM, {a: [ ]}]");

        var list = Assert.IsType<ListValueNode>(value);
        Assert.Collection(
            list.Values,
            v => Assert.Equal("1", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("-2.5e3", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.False(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Empty(Assert.IsType<ListValueNode>(Assert.IsType<ObjectValueNode>(v).Fields[0].Value).Values));
    }

    [Fact]
    public void Parse_TypeSystemDefinitions_KeepsThemForValidation()
    {
        var document = Parser.Parse("type Cow { name: String }\nextend type Dog { color: String }\nschema { query: Q }\n{ a }");

        Assert.Collection(
            document.Definitions,
            d => Assert.Equal(("type", "Cow", false), (((TypeSystemDefinitionNode)d).Keyword, ((TypeSystemDefinitionNode)d).Name!.Value, ((TypeSystemDefinitionNode)d).IsExtension)),
            d => Assert.True(((TypeSystemDefinitionNode)d).IsExtension),
            d => Assert.Null(((TypeSystemDefinitionNode)d).Name),
            d => Assert.IsType<OperationDefinitionNode>(d));
    }

    [Fact]
    public void Parse_MoreTokensThanAllowed_ThrowsTokenLimit()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", maxTokens: 4));

        Assert.True(error.IsTokenLimit);
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("{ a ", "{ a ", " }")]
    [InlineData("{ f(x: ", "[", "]) }")]
    [InlineData("query ($v: ", "[", "Int]) { a }")]
    public void Parse_DeeplyNestedDocument_StopsWithNestingLimitInsteadOfOverflowingTheStack(string prefix, string open, string close)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(open, 20_000)) + string.Concat(Enumerable.Repeat(close, 20_000));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("nesting", error.Limit);
        Assert.Equal($"Syntax Error: Document nesting exceeds {Parser.MaxNesting} levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parse_CountsTokensWithoutComments()
    {
        Parser.Parse("# comment\n{ a(x: 1) }", int.MaxValue, out var count);

        Assert.Equal(8, count);
    }
}
