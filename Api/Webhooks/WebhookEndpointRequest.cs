namespace Sipas.Api.Webhooks;

/// <summary>The body of <c>POST /api/v1/webhooks</c>: the scope unit, the receiver's URL, and optionally the secret (else one is made).</summary>
public sealed record WebhookEndpointRequest(string? Unit, string? Url, string? Secret = null);
