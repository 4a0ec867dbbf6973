using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Language;

/// <content>Token helpers and the skipping of type system definitions.</content>
public sealed partial class Parser
{
    private static readonly HashSet<string> TypeSystemKeywords =
        ["schema", "scalar", "type", "interface", "union", "enum", "input", "directive"];

    private static bool IsTypeSystemKeyword(string value, bool hasDescription) =>
        TypeSystemKeywords.Contains(value) || (!hasDescription && value == "extend");

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private NestingScope Nest()
    {
        if (++_nesting > MaxNesting)
        {
            throw new GraphQLSyntaxException(
                $"Document nesting exceeds {MaxNesting} levels. Parsing aborted.", new SourceLocation(_token.Line, _token.Column), "nesting");
        }

        return new NestingScope(this);
    }

    private readonly struct NestingScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._nesting--;
    }

    private void Advance()
    {
        _lastEnd = _token.End;
        _token = _lexer.Advance();
        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw new GraphQLSyntaxException(
                $"Document contains more than {_maxTokens} tokens. Parsing aborted.", new SourceLocation(_token.Line, _token.Column), "tokens");
        }
    }

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Error(token, $"Expected {Token.DescribeKind(kind)}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (!ExpectOptionalKeyword(value))
        {
            throw Error(_token, $"Expected \"{value}\", found {_token.Describe()}.");
        }
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_token.Kind != TokenKind.Name || _token.Value != value)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Location Loc(Token start) => new(start.Start, Math.Max(_lastEnd, start.End), start.Line, start.Column);

    private static GraphQLSyntaxException Error(Token at, string description) =>
        new(description, new SourceLocation(at.Line, at.Column));

    private static GraphQLSyntaxException Unexpected(Token token) =>
        Error(token, $"Unexpected {token.Describe()}.");

    /// <summary>
    /// Consumes a type system definition without building it: executable documents only need to know it is there.
    /// It ends at the next top-level keyword or description once its brackets are balanced.
    /// </summary>
    private TypeSystemDefinitionNode SkipTypeSystemDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.String) || Peek(TokenKind.BlockString))
        {
            Advance();
        }

        var isExtension = ExpectOptionalKeyword("extend");
        var keyword = Expect(TokenKind.Name).Value!;
        if (keyword == "directive")
        {
            Expect(TokenKind.At);
        }

        var name = keyword == "schema" ? null : ParseName();
        var depth = 0;
        while (!Peek(TokenKind.EndOfFile) && !(depth == 0 && IsDefinitionStart()))
        {
            var kind = _token.Kind;
            depth += kind switch
            {
                TokenKind.BraceL or TokenKind.ParenL or TokenKind.BracketL => 1,
                TokenKind.BraceR or TokenKind.ParenR or TokenKind.BracketR => -1,
                _ => 0,
            };
            Advance();
            if (depth == 0 && kind == TokenKind.BraceR)
            {
                break;
            }
        }

        return new TypeSystemDefinitionNode(keyword, name, isExtension, Loc(start));
    }

    private bool IsDefinitionStart() =>
        _token.Kind is TokenKind.String or TokenKind.BlockString
        || (_token.Kind == TokenKind.Name && (TypeSystemKeywords.Contains(_token.Value!) || _token.Value is "extend" or "query" or "mutation" or "subscription" or "fragment"));
}
