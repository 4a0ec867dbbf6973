using System.Text;

namespace Sipas.GraphQL.Language;

/// <content>Block strings (spec section 2.9.4, <c>BlockStringValue</c>).</content>
public sealed partial class Lexer
{
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var (startLine, startColumn) = (_line, start + 1 - _lineStart);
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                _position = position + 3;
                return new Token(TokenKind.BlockString, start, position + 3, startLine, startColumn, string.Join('\n', DedentBlockStringLines(lines)));
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                NewLine(position);
                continue;
            }

            position = SkipSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Removes the common indentation and the leading and trailing blank lines (spec <c>BlockStringValue</c>).</summary>
    /// <param name="lines">The raw lines.</param>
    public static IReadOnlyList<string> DedentBlockStringLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            firstNonEmpty = firstNonEmpty < 0 ? i : firstNonEmpty;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        var result = new List<string>();
        for (var i = Math.Max(firstNonEmpty, 0); i <= lastNonEmpty; i++)
        {
            var line = lines[i];
            result.Add(i == 0 || commonIndent == int.MaxValue ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result;
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
