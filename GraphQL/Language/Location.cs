namespace Sipas.GraphQL.Language;

/// <summary>The span of an AST node in its source.</summary>
/// <param name="Start">Offset of the node's first character.</param>
/// <param name="End">Offset after the node's last character.</param>
/// <param name="Line">1-based line of the node's start.</param>
/// <param name="Column">1-based column of the node's start.</param>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The start of the node as a line and column.</summary>
    public SourceLocation StartLocation => new(Line, Column);
}
