using Microsoft.AspNetCore.Http.HttpResults;
using Sipas.Api.Live;

namespace Sipas.Silo;

/// <summary><c>GET /healthz</c>: 200 once recovery is done and responses are accepted, 503 before.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Check).WithTags("Health").WithSummary("200 when ready to accept responses");
        return app;
    }

    private static Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>> Check(Readiness readiness) =>
        readiness.IsReady
            ? TypedResults.Ok(new HealthStatus("ready"))
            : TypedResults.Json(new HealthStatus("starting"), statusCode: StatusCodes.Status503ServiceUnavailable);
}
