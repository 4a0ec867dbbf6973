using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sipas.Api.Auth;

/// <summary>
/// Answers 401 to every request that presents an API key which does not authenticate (unknown, malformed or revoked),
/// also on the endpoints that serve anonymous callers too (GraphQL, <c>/healthz</c>): a client with a bad key learns
/// so at once instead of being served as anonymous. Under the GraphQL path the 401 carries a GraphQL response
/// (<c>errors[]</c> with <c>extensions.code = "UNAUTHENTICATED"</c>), elsewhere REST's problem+json. Requests
/// without a key pass on unchanged.
/// </summary>
public static class InvalidKeyRefusal
{
    /// <summary>Use right after <c>UseAuthentication</c>.</summary>
    public static IApplicationBuilder UseInvalidKeyRefusal(this IApplicationBuilder app, PathString graphQLPath) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true || ApiKeyAuthenticationHandler.BearerToken(context.Request) is null)
            {
                await next(context);
                return;
            }

            if (!context.Request.Path.StartsWithSegments(graphQLPath, StringComparison.Ordinal))
            {
                await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                errors = new[] { new { message = ApiKeyAuthenticationHandler.InvalidKey, extensions = new { code = "UNAUTHENTICATED" } } },
            }, cancellationToken: context.RequestAborted);
        });
}
