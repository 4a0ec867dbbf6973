using System.Text;

namespace Sipas.GraphQL.Language;

/// <content>Numbers and strings (spec sections 2.9.1–2.9.4).</content>
public sealed partial class Lexer
{
    private Token ReadNumber(int start, char first)
    {
        var position = start;
        var code = first;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        _position = position;
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int position, char first)
    {
        if (!IsDigit(first) || position >= _body.Length)
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        position++;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                _position = position + 1;
                var text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return MakeToken(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position = SkipSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private int SkipSourceCharacter(int position)
    {
        if (!char.IsSurrogate(_body[position]))
        {
            return position + 1;
        }

        if (IsSupplementaryCodePoint(_body, position))
        {
            return position + 2;
        }

        throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    /// <summary>Appends one escape sequence and returns its size in the source.</summary>
    private int ReadEscape(int position, StringBuilder value)
    {
        var escape = At(position + 1);
        if (escape == 'u')
        {
            return At(position + 2) == '{' ? ReadVariableWidthUnicode(position, value) : ReadFixedWidthUnicode(position, value);
        }

        char? unescaped = escape switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (unescaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }

        value.Append(unescaped.Value);
        return 2;
    }

    private int ReadVariableWidthUnicode(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            var digit = HexValue(code);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | digit;
            if (point > 0x10FFFF)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    private int ReadFixedWidthUnicode(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int Read16BitHex(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8) | (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private string Slice(int position, int size) => _body.Substring(position, Math.Min(size, _body.Length - position));
}
