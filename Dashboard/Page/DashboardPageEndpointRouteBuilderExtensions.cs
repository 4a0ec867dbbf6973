using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Sipas.Grains.Access;
using Sipas.Grains.Live;

namespace Sipas.Dashboard.Page;

/// <summary>
/// Serves the leaders' page at <c>/</c> (anyone may load it; every figure it shows is read with the key signed in)
/// and its hashed assets under <c>/assets/</c>, plus <c>GET /dashboard/session</c>, which tells the page the key's scope.
/// </summary>
public static class DashboardPageEndpointRouteBuilderExtensions
{
    private const string MissingPage =
        "<!doctype html><meta charset=utf-8><title>SIPAS Live</title><p>The dashboard page was not built into this " +
        "assembly (SkipDashboardPage=true, or npm was unavailable). Build it with <code>dotnet build Dashboard</code>.";

    public static IEndpointRouteBuilder MapDashboardPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Index).ExcludeFromDescription();
        app.MapGet("/assets/{**path}", Asset).ExcludeFromDescription();
        app.MapGet("/favicon.svg", (HttpContext context) => Serve("favicon.svg", context, isAsset: false)).ExcludeFromDescription();
        app.MapGet("/dashboard/session", Session).RequireAuthorization().WithTags("Dashboard")
            .WithSummary("The signed-in key's name, role and the unit whose subtree it may read");
        return app;
    }

    private static IResult Index(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return DashboardAssets.Embedded.TryGet("index.html", out var page, out _)
            ? Results.Bytes(page, "text/html; charset=utf-8")
            : Results.Content(MissingPage, "text/html; charset=utf-8");
    }

    private static IResult Asset(string path, HttpContext context) => Serve("assets/" + path, context, isAsset: true);

    private static IResult Serve(string path, HttpContext context, bool isAsset)
    {
        if (!DashboardAssets.Embedded.TryGet(path, out var content, out var type))
        {
            return Results.NotFound();
        }

        // Vite names assets by content hash: a changed file gets a new name, so they can be cached for good.
        context.Response.Headers.CacheControl = isAsset ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.Bytes(content, type);
    }

    private static Results<Ok<DashboardSession>, UnauthorizedHttpResult> Session(ClaimsPrincipal user, UnitDirectory directory)
    {
        if (Caller.From(user) is not { } caller)
        {
            return TypedResults.Unauthorized();
        }

        var tree = directory.Tree;
        var scope = caller.ScopeRoot(tree);
        var unit = tree.Find(scope);
        return TypedResults.Ok(new DashboardSession(
            caller.Name, caller.Role.ToString(), scope, unit?.Name ?? scope, caller.CanManage(tree, scope)));
    }
}
