using Sipas.GraphQL.Language;

namespace Sipas.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token Lex(string source) => new Lexer(source).Advance();

    [Theory]
    [InlineData("\uFEFF foo", "foo", 1, 3)]
    [InlineData("\n\n    foo\n", "foo", 3, 5)]
    [InlineData("\r\n# comment\r\n  foo", "foo", 3, 3)]
    [InlineData(",,,foo,,,", "foo", 1, 4)]
    public void Advance_SkipsIgnoredTokens_ReportsLineAndColumn(string source, string value, int line, int column)
    {
        var token = Lex(source);

        Assert.Equal((TokenKind.Name, value, line, column), (token.Kind, token.Value, token.Line, token.Column));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\U0001F600 direct\"", "\U0001F600 direct")]
    public void Advance_Strings_UnescapesValue(string source, string expected)
    {
        var token = Lex(source);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void Advance_BlockString_RemovesCommonIndentAndBlankLines()
    {
        var token = Lex("\"\"\"\n\n    spans\n      multiple\n    lines\n\n  \"\"\"");

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("spans\n  multiple\nlines", token.Value);
    }

    [Fact]
    public void Advance_BlockStringWithEscapedTripleQuote_KeepsQuotes()
    {
        var token = Lex("\"\"\"contains \\\"\"\" triple\"\"\"");

        Assert.Equal("contains \"\"\" triple", token.Value);
    }

    [Theory]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-1.123e4", TokenKind.Float, "-1.123e4")]
    [InlineData("1E-10", TokenKind.Float, "1E-10")]
    [InlineData("123e+4", TokenKind.Float, "123e+4")]
    public void Advance_Numbers_ReadsKindAndText(string source, TokenKind kind, string value)
    {
        var token = Lex(source);

        Assert.Equal((kind, value), (token.Kind, token.Value));
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1, 1)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"no end\nx\"", "Syntax Error: Unterminated string.", 1, 8)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"\\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\"\"\"unterminated", "Syntax Error: Unterminated string.", 1, 16)]
    public void Advance_InvalidSource_ThrowsGraphQLJsMessage(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void Lookahead_DoesNotConsume()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();

        var peeked = lexer.Lookahead();
        var next = lexer.Advance();

        Assert.Equal(("b", "b"), (peeked.Value, next.Value));
    }
}
