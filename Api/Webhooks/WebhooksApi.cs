using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sipas.Grains.Access;
using Sipas.Grains.Live;

namespace Sipas.Api.Webhooks;

/// <summary>Webhook endpoints per scope: national and leader keys configure them for units they manage.</summary>
public static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization();
        hooks.MapGet("/", List).WithSummary("Webhook endpoints the caller manages");
        hooks.MapPost("/", Create).WithSummary("Add an endpoint for a unit's subtree; the answer shows its signing secret once");
        hooks.MapDelete("/{id}", Remove).WithSummary("Remove an endpoint");
        hooks.MapGet("/{id}/deliveries", Deliveries).WithSummary("An endpoint's deliveries, newest first");
        return app;
    }

    private static WebhookEndpointDto[] List(ClaimsPrincipal user, UnitDirectory directory, WebhookEndpoints endpoints)
    {
        var caller = Caller.From(user)!;
        return [.. endpoints.All.Where(e => caller.CanManage(directory.Tree, e.Unit)).Select(e => WebhookEndpointDto.Of(e))];
    }

    private static async Task<Results<Created<WebhookEndpointDto>, ProblemHttpResult>> Create(
        WebhookEndpointRequest? body, ClaimsPrincipal user, UnitDirectory directory, WebhookEndpoints endpoints,
        IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        if (body?.Unit is not { } unit || body.Url is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid webhook", """Send a JSON body such as {"unit":"01","url":"https://example.org/sipas-alerts"}.""");
        }

        if (directory.Tree.Find(unit) is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown unit", $"There is no unit '{unit}'.");
        }

        var caller = Caller.From(user)!;
        if (!caller.CanManage(directory.Tree, unit))
        {
            return Problem(StatusCodes.Status403Forbidden, "Forbidden", $"This key may not configure webhooks of unit {unit}.");
        }

        if (CheckUrl(body.Url, options.Value) is { } urlError)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid webhook URL", urlError);
        }

        if (body.Secret is { Length: < 16 or > 200 })
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid webhook secret", "A secret must be 16 to 200 characters; leave it out to get a random one.");
        }

        var endpoint = await endpoints.AddAsync(unit, new Uri(body.Url), body.Secret, caller.Name, cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{endpoint.Id}", WebhookEndpointDto.Of(endpoint, withSecret: true));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        string id, ClaimsPrincipal user, UnitDirectory directory, WebhookEndpoints endpoints, CancellationToken cancellationToken)
    {
        if (endpoints.Find(id) is not { } endpoint || !Caller.From(user)!.CanManage(directory.Tree, endpoint.Unit))
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown webhook", $"There is no webhook endpoint '{id}' this key manages.");
        }

        await endpoints.RemoveAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<WebhookDeliveryDto[]>, ProblemHttpResult>> Deliveries(
        string id, int? limit, ClaimsPrincipal user, UnitDirectory directory, WebhookEndpoints endpoints, WebhookStore store, CancellationToken cancellationToken)
    {
        if (endpoints.Find(id) is not { } endpoint || !Caller.From(user)!.CanManage(directory.Tree, endpoint.Unit))
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown webhook", $"There is no webhook endpoint '{id}' this key manages.");
        }

        if (limit is < 1 or > 1000)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid limit", "limit must be between 1 and 1000.");
        }

        var deliveries = await store.DeliveriesAsync(id, limit ?? 100, cancellationToken);
        return TypedResults.Ok(deliveries.Select(WebhookDeliveryDto.Of).ToArray());
    }

    private static string? CheckUrl(string url, WebhookOptions options)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"'{url}' is not an absolute http or https URL.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "Put no credentials in the URL; deliveries are authenticated by their signature.";
        }

        // Literal addresses are refused here, at once; host names are checked again at every connection.
        var isPrivate = uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && WebhookAddresses.IsPrivate(address));
        return isPrivate && !options.AllowPrivateAddresses
            ? $"'{uri.Host}' is a loopback or private address, which Webhooks:AllowPrivateAddresses forbids."
            : null;
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
