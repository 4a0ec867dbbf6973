namespace Sipas.GraphQL;

/// <summary>Limits and behaviour of a <see cref="GraphQLExecutor"/>. Every limit is checked in <c>Prepare</c>, before
/// any resolver runs, and is reported with <c>extensions.code = "LIMIT_EXCEEDED"</c>.</summary>
public sealed class GraphQLExecutorOptions
{
    /// <summary>The largest document accepted, in UTF-8 bytes. Default 65,536.</summary>
    public int MaxDocumentBytes { get; init; } = 64 * 1024;

    /// <summary>The most tokens a document may hold (comments excluded, as graphql-js counts). Default 10,000.</summary>
    public int MaxTokens { get; init; } = 10_000;

    /// <summary>The deepest field nesting of an operation (<c>{ a { b } }</c> has depth 2; fragments are expanded;
    /// introspection fields are not counted). Default 15.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>The highest static cost of an operation: each field costs 1 plus the cost of its selection, and a list
    /// field's selection counts <see cref="ListCostMultiplier"/> times (or the field's own multiplier). Introspection
    /// fields are not counted. Default 5,000.</summary>
    public int MaxFieldCost { get; init; } = 5_000;

    /// <summary>How many items a list field is assumed to return when computing the cost. Default 10.</summary>
    public int ListCostMultiplier { get; init; } = 10;

    /// <summary>The most aliases a document may use. Default 15.</summary>
    public int MaxAliases { get; init; } = 15;

    /// <summary>How long an execution (or one subscription event) may run; resolvers are cancelled after it. Default 30 s.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many parsed and validated documents are cached by query text (0: no cache). Default 1,000.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>Whether resolver exception messages reach the client (graphql-js does this); when false they read
    /// "Unexpected error." except for <see cref="GraphQLException"/>. Default true.</summary>
    public bool ExposeExceptionMessages { get; init; } = true;

    /// <summary>The clock of the execution timeout. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
