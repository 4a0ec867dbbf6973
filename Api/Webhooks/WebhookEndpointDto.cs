namespace Sipas.Api.Webhooks;

/// <summary>An endpoint as listed. <see cref="Secret"/> is only set in the answer that created it.</summary>
public sealed record WebhookEndpointDto(string Id, string Unit, string Url, string CreatedBy, DateTimeOffset CreatedAt, string? Secret = null)
{
    public static WebhookEndpointDto Of(WebhookEndpoint e, bool withSecret = false)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Unit, e.Url.ToString(), e.CreatedBy, e.CreatedAt, withSecret ? e.Secret : null);
    }
}
