namespace Sipas.Api.Webhooks;

/// <summary>Webhook delivery: retries with exponential backoff from a durable outbox. Bound from the <c>Webhooks</c> section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Wait after the first failed attempt; doubles with each further failure. Default 5 s.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between attempts. Default 15 minutes.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A delivery still failing this long after it was queued is given up (marked failed). Default 3 days.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Timeout of one attempt. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the outbox is polled when nothing signals new rows. Default 5 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long delivered and given-up deliveries stay in the outbox (and in an endpoint's delivery list). Default 30 days.</summary>
    public TimeSpan SettledRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Rows sent per pass. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Whether endpoints may be on loopback, private or link-local addresses (checked when an endpoint is registered
    /// and again at every connection, whatever its host name resolves to). Default false: a key holder must not reach
    /// the Silo's own network (its database, cloud metadata) through a webhook. Set true where receivers run next to
    /// the Silo.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
