namespace Sipas.Api.Limits;

/// <summary>
/// Requests per second per API key (section <c>RateLimits</c>; callers without a key share a bucket per IP address).
/// The defaults leave room for the documented benchmark and load-generator rates: 50,000 responses/s in batches of
/// 100 is 500 requests/s.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Ingestion requests (<c>POST /api/v1/responses</c>) per second per key. Default 1,000.</summary>
    public int IngestPerSecond { get; set; } = 1_000;

    /// <summary>Ingestion requests a key may send at once above the rate. Default 2,000.</summary>
    public int IngestBurst { get; set; } = 2_000;

    /// <summary>GraphQL requests (HTTP, and WebSocket upgrades) per second per key. Default 200.</summary>
    public int GraphQLPerSecond { get; set; } = 200;

    /// <summary>GraphQL requests a key may send at once above the rate. Default 400.</summary>
    public int GraphQLBurst { get; set; } = 400;
}
