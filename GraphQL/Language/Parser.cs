using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for executable GraphQL documents (spec section 2). Errors are
/// <see cref="GraphQLSyntaxException"/>s with graphql-js messages. Type system definitions are recognised and kept as
/// <see cref="TypeSystemDefinitionNode"/>s so that validation can reject them.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly int _maxTokens;
    private Token _token;
    private int _lastEnd;
    private int _tokenCount;
    private int _nesting;

    /// <summary>The deepest nesting of selection sets, lists, objects and type wrappers the parser accepts; deeper
    /// documents are rejected instead of exhausting the stack.</summary>
    public const int MaxNesting = 500;

    private Parser(string source, int maxTokens)
    {
        _lexer = new Lexer(source);
        _maxTokens = maxTokens;
        _token = _lexer.Current;
    }

    /// <summary>How many tokens the parser consumed (comments and the end of file excluded, as graphql-js counts).</summary>
    public int TokenCount => _tokenCount;

    /// <summary>Parses a document.</summary>
    /// <param name="source">The GraphQL text.</param>
    /// <param name="maxTokens">Stop with an error after this many tokens (graphql-js <c>maxTokens</c>).</param>
    /// <exception cref="GraphQLSyntaxException">The text is not a valid document.</exception>
    public static DocumentNode Parse(string source, int maxTokens = int.MaxValue) => Parse(source, maxTokens, out _);

    /// <summary>Parses a document and reports how many tokens it holds.</summary>
    /// <param name="source">The GraphQL text.</param>
    /// <param name="maxTokens">Stop with an error after this many tokens.</param>
    /// <param name="tokenCount">The number of tokens read.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not a valid document.</exception>
    public static DocumentNode Parse(string source, int maxTokens, out int tokenCount)
    {
        var parser = new Parser(source, maxTokens);
        var document = parser.ParseDocument();
        tokenCount = parser._tokenCount;
        return document;
    }

    /// <summary>Parses a single value literal, e.g. a default value written in C#.</summary>
    /// <param name="source">The literal.</param>
    /// <param name="isConst">Whether variables are forbidden.</param>
    public static ValueNode ParseValue(string source, bool isConst = true)
    {
        var parser = new Parser(source, int.MaxValue);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[Int!]!</c>.</summary>
    /// <param name="source">The type reference.</param>
    public static TypeNode ParseType(string source)
    {
        var parser = new Parser(source, int.MaxValue);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        var start = _token;
        Expect(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode(definitions, Loc(start));
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = Peek(TokenKind.String) || Peek(TokenKind.BlockString);
        var keyword = hasDescription ? _lexer.Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_token, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case var value when IsTypeSystemKeyword(value!, hasDescription):
                    return SkipTypeSystemDefinition();
                case var _ when hasDescription:
                    throw Error(_token, "Unexpected description, only GraphQL definitions support descriptions.");
                default:
                    break;
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet, Loc(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet(), Loc(start)) { Description = description };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var list = new List<VariableDefinitionNode>();
        do
        {
            var start = _token;
            var description = ParseDescription();
            var variable = ParseVariable();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.EqualsSign) ? ParseValueLiteral(true) : null;
            var directives = ParseDirectives(true);
            list.Add(new VariableDefinitionNode(variable, type, defaultValue, directives, Loc(start)) { Description = description });
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return list;
    }

    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), Loc(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        using var nesting = Nest();
        Expect(TokenKind.BraceL);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return new SelectionSetNode(selections, Loc(start));
    }

    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var list = new List<ArgumentNode>();
        do
        {
            var start = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            list.Add(new ArgumentNode(name, ParseValueLiteral(isConst), Loc(start)));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return list;
    }

    private SelectionNode ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(false), Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), Loc(start)) { Description = description };
    }

    private NameNode ParseFragmentName()
    {
        if (_token.Kind == TokenKind.Name && _token.Value == "on")
        {
            throw Unexpected(_token);
        }

        return ParseName();
    }

    private StringValueNode? ParseDescription()
    {
        var token = _token;
        if (token.Kind is not (TokenKind.String or TokenKind.BlockString))
        {
            return null;
        }

        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, Loc(token));
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, Loc(token));
    }
}
