namespace Sipas.GraphQL.Language;

/// <summary>A lexical token: its kind, its span in the source, the position of its start and its value.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="Value">The value of names, numbers and strings (strings unescaped); otherwise null.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>The description graphql-js uses in syntax errors, e.g. <c>Name "foo"</c> or <c>"{"</c>.</summary>
    public string Describe() => Value is null ? DescribeKind(Kind) : $"{DescribeKind(Kind)} \"{Value}\"";

    /// <summary>The description of a token kind as graphql-js prints it: punctuators quoted.</summary>
    /// <param name="kind">The kind.</param>
    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.EqualsSign => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}
