namespace Sipas.Api.Webhooks;

/// <summary>
/// One payload for one endpoint in the outbox. <see cref="DeliveryId"/> is the idempotency key a receiver dedupes on
/// (sent as <c>X-Sipas-Delivery</c>, the same on every retry); <see cref="Body"/> is exactly the bytes signed and sent.
/// </summary>
public sealed record WebhookDelivery(
    string DeliveryId,
    string EndpointId,
    long Sequence,
    string Body,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt = null,
    DateTimeOffset? FailedAt = null,
    string? LastError = null);
