using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sipas.Api.Alerts;
using Sipas.Api.Webhooks;
using Sipas.Grains.Access;
using Sipas.Grains.Alerts;
using Sipas.Grains.Live;

namespace Sipas.Api.Rest;

/// <summary>
/// Alerts over REST: current alerts and their history in the caller's scope, acknowledgement, silences, and targets.
/// Reads need <see cref="Caller.CanRead"/>, changes <see cref="Caller.CanManage"/> on the unit concerned.
/// </summary>
public static partial class AlertsApi
{
    private const int MaxHistory = 1000;

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/v1/alerts").WithTags("Alerts").RequireAuthorization();
        alerts.MapGet("/", List).WithSummary("Current alerts in the caller's scope (the subtree of unit, when given)");
        alerts.MapGet("/history", History).WithSummary("Alert transitions, newest first");
        alerts.MapPost("/{id}/acknowledge", Acknowledge).WithSummary("Acknowledge a FIRING alert (id = unit:rule)");
        alerts.MapGet("/silences", ListSilences).WithSummary("Silences and mute windows in force");
        alerts.MapPost("/silences", AddSilence).WithSummary("Silence a unit's alerts for a time, or every day in a mute window");
        alerts.MapDelete("/silences/{id}", RemoveSilence).WithSummary("End a silence (unsilence)");
        var units = app.MapGroup("/api/v1/units").WithTags("Alerts").RequireAuthorization();
        units.MapGet("/{code}/target", GetTarget).WithSummary("The target that applies to a unit (own, inherited or default)");
        units.MapPut("/{code}/target", PutTarget).WithSummary("Set a unit's own target");
        units.MapDelete("/{code}/target", DeleteTarget).WithSummary("Remove a unit's own target (it inherits again)");
        units.MapGet("/{code}/target/history", TargetHistory).WithSummary("Who changed a unit's target, and when");
        app.MapWebhooks();
        return app;
    }

    private static async Task<Results<Ok<AlertListDto>, ProblemHttpResult>> List(
        string? unit, string? state, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting, CancellationToken cancellationToken)
    {
        var tree = directory.Tree;
        var caller = Caller.From(user)!;
        if (Scope(caller, unit, directory, out var root) is { } problem)
        {
            return problem;
        }

        AlertState? wanted = null;
        if (state is not null && !AlertStateNames.TryParse(state, out wanted))
        {
            return ScoreQuery.BadRequest("Invalid state", $"'{state}' is not an alert state: use one of {string.Join(", ", AlertStateNames.All)}.");
        }

        await alerting.Loaded.WaitAsync(cancellationToken);
        var found = alerting.Statuses
            .Where(s => wanted is { } w ? s.State == w : IsListed(s.State))
            .Where(s => tree.IsInSubtree(s.Unit, root) && caller.CanRead(tree, s.Unit))
            .OrderBy(s => Severity(s.State)).ThenByDescending(s => s.Since).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(AlertDto.From)
            .ToList();
        return TypedResults.Ok(new AlertListDto(found));
    }

    private static async Task<Results<Ok<AlertHistoryDto>, ProblemHttpResult>> History(
        string? unit, int? limit, long? before, ClaimsPrincipal user, UnitDirectory directory, AlertStore store, CancellationToken cancellationToken)
    {
        var tree = directory.Tree;
        var caller = Caller.From(user)!;
        if (Scope(caller, unit, directory, out var root) is { } problem)
        {
            return problem;
        }

        if (limit is < 1 or > MaxHistory)
        {
            return ScoreQuery.BadRequest("Invalid limit", $"limit must be between 1 and {MaxHistory}.");
        }

        IReadOnlyCollection<string>? units = string.Equals(root, tree.Root.Code, StringComparison.Ordinal)
            ? null
            : [root, .. tree.Descendants(root).Select(u => u.Code)];
        var transitions = await store.HistoryAsync(units, before, limit ?? 100, cancellationToken);
        return TypedResults.Ok(new AlertHistoryDto([.. transitions.Select(AlertTransitionDto.Of)]));
    }

    private static async Task<Results<Ok<AlertDto>, ProblemHttpResult>> Acknowledge(
        string id, AlertAcknowledgeRequest? body, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting, CancellationToken cancellationToken)
    {
        var separator = id.LastIndexOf(':');
        var unit = separator > 0 ? id[..separator] : id;
        if (separator <= 0 || directory.Tree.Find(unit) is null)
        {
            return NoAlert(id);
        }

        if (!Caller.From(user)!.CanManage(directory.Tree, unit))
        {
            return ScoreQuery.Forbidden($"acknowledge alerts of unit {unit}");
        }

        if (body?.Comment?.Length > 1000)
        {
            return ScoreQuery.BadRequest("Invalid comment", "comment is longer than 1000 characters.");
        }

        var result = await alerting.AcknowledgeAsync(id, Caller.From(user)!.Name, body?.Comment, cancellationToken);
        return result switch
        {
            null => NoAlert(id),
            { Acknowledged: false } r => TypedResults.Problem(
                $"Alert {id} is {AlertStateNames.Name(r.Status.State)}; only a FIRING alert can be acknowledged.",
                statusCode: StatusCodes.Status409Conflict, title: "Not firing"),
            { } r => TypedResults.Ok(AlertDto.From(r.Status)),
        };
    }

    /// <summary>The unit whose subtree a read covers: the one asked for (checked), else the caller's scope.</summary>
    internal static ProblemHttpResult? Scope(Caller caller, string? unit, UnitDirectory directory, out string root)
    {
        var tree = directory.Tree;
        root = unit ?? caller.ScopeRoot(tree);
        if (tree.Find(root) is null)
        {
            return ScoreQuery.UnknownUnit(root);
        }

        return caller.CanRead(tree, root) ? null : ScoreQuery.Forbidden($"read the alerts of unit {root}");
    }

    private static ProblemHttpResult NoAlert(string id) =>
        TypedResults.Problem($"There is no alert '{id}'. Alert ids are unit:rule, e.g. 01:sipas; list them with GET /api/v1/alerts.",
            statusCode: StatusCodes.Status404NotFound, title: "Unknown alert");

    /// <summary>Listed when no state is asked for: everything but the quiet NORMAL and INSUFFICIENT_DATA.</summary>
    private static bool IsListed(AlertState state) => state is not (AlertState.Normal or AlertState.InsufficientData);

    private static int Severity(AlertState state) => state switch
    {
        AlertState.Firing => 0,
        AlertState.Pending => 1,
        AlertState.Acknowledged => 2,
        AlertState.Silenced => 3,
        AlertState.Resolved => 4,
        AlertState.InsufficientData => 5,
        _ => 6,
    };
}
