using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Alerts;
using Sipas.Api.GraphQL.Units;
using Sipas.Api.Rest;
using Sipas.Grains.Alerts;
using Sipas.GraphQL;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Alerts;

/// <content>Queries.</content>
public sealed partial class AlertsSchemaPart
{
    public void AddQueryFields(ObjectTypeBuilder query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Field("alerts", "AlertConnection!", f => f
                .Description("Current alerts in the caller's scope (the subtree of unit, when given), most urgent first. Without state: every state but NORMAL and INSUFFICIENT_DATA.")
                .Argument("unit", "String").Argument("state", "AlertState")
                .Argument("first", "Int", "Page size (default 50, at most 500).").Argument("after", "String")
                .ResolveTask(AlertsAsync))
            .Field("alertHistory", "[AlertTransition!]!", f => f
                .Description("Alert transitions in the caller's scope (the subtree of unit, when given), newest first.")
                .Argument("unit", "String").Argument("first", "Int", "How many (default 100, at most 1000).")
                .ListCost(100)
                .ResolveTask(HistoryAsync))
            .Field("silences", "[Silence!]!", f => f
                .Description("Silences and mute windows in force in the caller's scope.")
                .Argument("unit", "String")
                .ListCost(20)
                .ResolveTask(async c =>
                {
                    var (caller, tree, root) = Scope(c);
                    var alerting = Alerting(c);
                    await alerting.Loaded.WaitAsync(c.CancellationToken);
                    var now = c.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                    return alerting.Silences
                        .Where(s => !s.IsExpiredAt(now) && tree.IsInSubtree(s.Unit, root) && caller.CanRead(tree, s.Unit))
                        .Select(s => AlertSilenceDto.Of(s, now)).ToArray();
                }));
    }

    private static async Task<object> AlertsAsync(ResolveContext c)
    {
        var (caller, tree, root) = Scope(c);
        var state = c.Argument<AlertState?>("state");
        var first = c.HasArgument("first") ? c.Argument<int?>("first") ?? 50 : 50;
        if (first is < 0 or > MaxPageSize)
        {
            throw SipasWindows.BadInput($"first must be between 0 and {MaxPageSize}.");
        }

        var alerting = Alerting(c);
        await alerting.Loaded.WaitAsync(c.CancellationToken);
        var all = alerting.Statuses
            .Where(s => state is { } w ? s.State == w : s.State is not (AlertState.Normal or AlertState.InsufficientData))
            .Where(s => tree.IsInSubtree(s.Unit, root) && caller.CanRead(tree, s.Unit))
            .OrderBy(s => Severity(s.State)).ThenByDescending(s => s.Since).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var start = 0;
        if (c.Argument<string?>("after") is { } after)
        {
            var id = Cursor.Decode("alert", after);
            var index = id is null ? -1 : all.FindIndex(s => s.Id == id);
            start = index >= 0 ? index + 1
                : throw SipasWindows.BadInput($"after: '{after}' is not a cursor of this list (or that alert left it); start again without after.");
        }

        var nodes = all.Skip(start).Take(first).ToArray();
        var edges = nodes.Select(s => new AlertEdge(Cursor.Encode("alert", s.Id), s)).ToArray();
        return new AlertConnection(edges, nodes, new PageInfo(start + nodes.Length < all.Count, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), all.Count);
    }

    private static async Task<object> HistoryAsync(ResolveContext c)
    {
        var (_, tree, root) = Scope(c);
        var first = c.Argument<int?>("first") ?? 100;
        if (first is < 1 or > 1000)
        {
            throw SipasWindows.BadInput("first must be between 1 and 1000.");
        }

        IReadOnlyCollection<string>? units = root == tree.Root.Code ? null : [root, .. tree.Descendants(root).Select(u => u.Code)];
        return await c.Services.GetRequiredService<AlertStore>().HistoryAsync(units, null, first, c.CancellationToken);
    }

    /// <summary>The caller, the tree, and the unit whose subtree a read covers (checked).</summary>
    private static (Grains.Access.Caller Caller, Grains.Units.UnitTree Tree, string Root) Scope(ResolveContext c, string argument = "unit")
    {
        var caller = c.Caller();
        var tree = c.Tree();
        var root = c.Argument<string?>(argument) ?? caller.ScopeRoot(tree);
        if (tree.Find(root) is null)
        {
            throw new GraphQLException($"There is no unit '{root}'.", "NOT_FOUND");
        }

        return caller.CanRead(tree, root) ? (caller, tree, root) : throw GraphQLAccess.Forbidden($"read the alerts of unit {root}");
    }

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
