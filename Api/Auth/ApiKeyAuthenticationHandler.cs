using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sipas.Api.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c>. Browsers cannot set headers on WebSocket upgrades, so
/// under <c>/hubs/</c> the key may also come as <c>access_token</c> in the query (SignalR's convention). A refused
/// request gets a 401 problem+json that says what to send.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Why a presented key was refused.</summary>
    public const string InvalidKey = "The API key is not valid or has been revoked.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken(Request);
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(keys.Authenticate(token) is { } caller
            ? AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(), SchemeName))
            : AuthenticateResult.Fail(InvalidKey));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = result.Failure?.Message ?? "Send an API key as 'Authorization: Bearer <key>'. The first one is in <data-dir>/admin.key.";
        await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem("This key's role or unit does not allow this request.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(Context);
    }

    /// <summary>The key a request carries, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal) && request.Query["access_token"].ToString() is { Length: > 0 } query
            ? query
            : null;
    }
}
