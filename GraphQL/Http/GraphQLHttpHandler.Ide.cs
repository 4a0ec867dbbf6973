using Microsoft.AspNetCore.Http;

namespace Sipas.GraphQL.Http;

/// <summary>The IDE page and its assets.</summary>
internal sealed partial class GraphQLHttpHandler
{
    /// <summary>The path segment under the endpoint where the IDE's assets are served.</summary>
    public const string IdeSegment = "ide";

    public async Task HandleIdeAssetAsync(HttpContext context)
    {
        var path = context.Request.RouteValues["file"] as string ?? "";
        if (!_options.EnableIde || !_ide.TryGet(path, out var content, out var contentType))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Asset names carry a content hash, so they never change.
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    private async Task WriteIdePageAsync(HttpContext context)
    {
        var endpointPath = (context.Request.PathBase + context.Request.Path).Value!.TrimEnd('/');
        var page = _ide.Page($"{endpointPath}/{IdeSegment}/");
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = page.Length;
        await context.Response.Body.WriteAsync(page, context.RequestAborted);
    }
}
