namespace Sipas.Api.Webhooks;

/// <summary>One outbox row as listed: whether and when it was delivered, the attempts so far and the last error.</summary>
public sealed record WebhookDeliveryDto(
    string DeliveryId,
    long Sequence,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? FailedAt,
    string? LastError)
{
    public static WebhookDeliveryDto Of(WebhookDelivery d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.DeliveryId, d.Sequence, d.CreatedAt, d.Attempts, d.NextAttemptAt, d.DeliveredAt, d.FailedAt, d.LastError);
    }
}
