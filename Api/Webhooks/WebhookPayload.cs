using System.Text.Json;
using Sipas.Api.Rest;

namespace Sipas.Api.Webhooks;

/// <summary>
/// The JSON body of a delivery: the event name, the delivery id (also the <c>X-Sipas-Delivery</c> header), the unit's
/// name and the transition with its figures.
/// </summary>
public sealed record WebhookPayload(string Event, string DeliveryId, string? UnitName, AlertTransitionDto Transition)
{
    public const string AlertTransitionEvent = "alert.transition";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WebhookPayload Parse(string json) =>
        JsonSerializer.Deserialize<WebhookPayload>(json, Json) ?? throw new JsonException("Empty webhook payload.");
}
