namespace Sipas.GraphQL.Language;

/// <summary>
/// Turns a GraphQL source into tokens (spec section 2.1). Comments, white space, commas and the byte order mark are
/// skipped. Error messages follow graphql-js.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    /// <param name="body">The source text.</param>
    public Lexer(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = body;
        Current = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    /// <summary>The source text.</summary>
    public string Body => _body;

    /// <summary>The token most recently returned by <see cref="Advance"/>.</summary>
    public Token Current { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        Current = ReadNextToken();
        return Current;
    }

    /// <summary>Returns the token after <see cref="Current"/> without consuming it.</summary>
    public Token Lookahead()
    {
        var (position, line, lineStart) = (_position, _line, _lineStart);
        var token = ReadNextToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return token;
    }

    /// <summary>Converts an offset into a line and column.</summary>
    /// <param name="body">The source text.</param>
    /// <param name="position">The offset.</param>
    public static SourceLocation GetLocation(string body, int position)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= body.Length || body[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }

    private Token ReadNextToken()
    {
        var body = _body;
        var length = body.Length;
        var position = _position;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    NewLine(position);
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                default:
                    return ReadToken(position, code);
            }
        }

        _position = length;
        return MakeToken(TokenKind.EndOfFile, length, length, null);
    }

    private void NewLine(int position)
    {
        _line++;
        _lineStart = position;
    }

    private int SkipComment(int position)
    {
        var body = _body;
        position++;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    private Token ReadToken(int position, char code)
    {
        var kind = code switch
        {
            '!' => TokenKind.Bang,
            '$' => TokenKind.Dollar,
            '&' => TokenKind.Amp,
            '(' => TokenKind.ParenL,
            ')' => TokenKind.ParenR,
            ':' => TokenKind.Colon,
            '=' => TokenKind.EqualsSign,
            '@' => TokenKind.At,
            '[' => TokenKind.BracketL,
            ']' => TokenKind.BracketR,
            '{' => TokenKind.BraceL,
            '|' => TokenKind.Pipe,
            '}' => TokenKind.BraceR,
            _ => TokenKind.StartOfFile,
        };
        if (kind != TokenKind.StartOfFile)
        {
            return Punctuator(kind, position, 1);
        }

        if (code == '.' && At(position + 1) == '.' && At(position + 2) == '.')
        {
            return Punctuator(TokenKind.Spread, position, 3);
        }

        if (code == '"')
        {
            return At(position + 1) == '"' && At(position + 2) == '"' ? ReadBlockString(position) : ReadString(position);
        }

        if (IsDigit(code) || code == '-')
        {
            return ReadNumber(position, code);
        }

        if (IsNameStart(code))
        {
            return ReadName(position);
        }

        throw Error(position, code == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : !char.IsSurrogate(code) || IsSupplementaryCodePoint(_body, position)
                ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.");
    }

    private Token Punctuator(TokenKind kind, int position, int size)
    {
        _position = position + size;
        return MakeToken(kind, position, position + size, null);
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        _position = position;
        return MakeToken(TokenKind.Name, start, position, body.Substring(start, position - start));
    }

    private Token MakeToken(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, start + 1 - _lineStart, value);

    private char At(int position) => position < _body.Length ? _body[position] : '\0';

    private GraphQLSyntaxException Error(int position, string description) =>
        new(description, GetLocation(_body, position));

    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return Token.DescribeKind(TokenKind.EndOfFile);
        }

        var code = IsSupplementaryCodePoint(_body, position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private static bool IsSupplementaryCodePoint(string body, int position) =>
        position + 1 < body.Length && char.IsHighSurrogate(body[position]) && char.IsLowSurrogate(body[position + 1]);
}
