namespace Sipas.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL source, as reported in an error's <c>locations</c>.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column (in UTF-16 code units, as graphql-js counts).</param>
public readonly record struct SourceLocation(int Line, int Column);
