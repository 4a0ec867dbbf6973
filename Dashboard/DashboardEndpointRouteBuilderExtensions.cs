using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Sipas.Dashboard.Hub;

namespace Sipas.Dashboard;

/// <summary>Maps the live hub at <c>/hubs/live</c>.</summary>
public static class DashboardEndpointRouteBuilderExtensions
{
    /// <summary>The hub's path (a contract: the page and other clients connect here).</summary>
    public const string HubPath = "/hubs/live";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>(HubPath);
        return app;
    }
}
