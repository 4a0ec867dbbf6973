using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Language;

/// <content>Values, directives and type references.</content>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!, Loc(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!, Loc(token));
            case TokenKind.String or TokenKind.BlockString:
                Advance();
                return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, Loc(token));
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, Loc(token)),
                    "false" => new BooleanValueNode(false, Loc(token)),
                    "null" => new NullValueNode(Loc(token)),
                    _ => new EnumValueNode(token.Value!, Loc(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw Error(token, $"Unexpected variable \"${_token.Value}\" in constant value.");
                    }

                    throw Unexpected(_token);
                }

                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        using var nesting = Nest();
        Expect(TokenKind.BracketL);
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        return new ListValueNode(values, Loc(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        using var nesting = Nest();
        Expect(TokenKind.BraceL);
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst), Loc(fieldStart)));
        }

        return new ObjectValueNode(fields, Loc(start));
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var list = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = _token;
            Expect(TokenKind.At);
            var name = ParseName();
            list.Add(new DirectiveNode(name, ParseArguments(isConst), Loc(start)));
        }

        return list;
    }

    private TypeNode ParseTypeReference()
    {
        var start = _token;
        using var nesting = Nest();
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        return new NamedTypeNode(ParseName(), Loc(start));
    }
}
