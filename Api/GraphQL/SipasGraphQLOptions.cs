namespace Sipas.Api.GraphQL;

/// <summary>Limits of the SIPAS GraphQL endpoint (configuration section <c>GraphQL</c>), tuned to this schema.</summary>
public sealed class SipasGraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// Deepest field nesting. Default 10: the deepest useful query, a key's unit → children → children → score →
    /// factors → value, is 6; anything deeper only walks the tree up and down again.
    /// </summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// Highest static cost (each field 1 plus its selection; lists count their expected size: ranking 34, children 50,
    /// criteria 22, trend points 30, a page of units 100). Default 25,000: a national ranking of 34 provinces with every
    /// field of every factor and criterion costs 6,087; a page of units with their SIPAS about 400; a province's
    /// children's children's criteria (50 × 50 × 22) is refused.
    /// </summary>
    public int MaxFieldCost { get; set; } = 25_000;

    /// <summary>Most aliases in a document. Default 40 (a dashboard comparing a few dozen units side by side).</summary>
    public int MaxAliases { get; set; } = 40;

    /// <summary>Default page size of connections (<c>units</c>) when <c>first</c> is not given. Default 100.</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>Largest <c>first</c> of a connection. Default 500.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>Most responses one <c>submitResponses</c> takes. Default 1,000, as REST.</summary>
    public int MaxSubmitBatch { get; set; } = 1_000;

    /// <summary>
    /// Shortest time between two <c>scoreChanged</c> events of one subscription: changes in between are coalesced
    /// into the next event, which carries the fresh score. Default 250 ms (at most 4 events a second).
    /// </summary>
    public TimeSpan ScoreChangedInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a query or one subscription event may run. Default 30 s.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
