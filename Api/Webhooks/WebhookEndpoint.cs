namespace Sipas.Api.Webhooks;

/// <summary>
/// A receiver of the alert transitions of <see cref="Unit"/>'s subtree. <see cref="Secret"/> keys the HMAC-SHA256
/// signature of every body; it is shown once, when the endpoint is created, and never logged.
/// </summary>
public sealed record WebhookEndpoint(string Id, string Unit, Uri Url, string Secret, string CreatedBy, DateTimeOffset CreatedAt);
