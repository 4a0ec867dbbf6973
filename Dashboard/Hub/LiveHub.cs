using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Sipas.Grains.Access;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Live;

namespace Sipas.Dashboard.Hub;

/// <summary>
/// The live hub at <c>/hubs/live</c>. A client signs in with its key (<c>?access_token=</c>), joins the scopes its key
/// may read and receives a fresh snapshot; <see cref="LiveFanOut"/> then pushes <c>figures</c> (changed units only,
/// coalesced, with a sequence number per group) and <c>alert</c> messages. After a reconnect the client joins again.
/// </summary>
[Authorize]
public sealed class LiveHub(
    LiveGroups groups, LiveFanOut fanOut, UnitDirectory directory, IOptions<DashboardOptions> options, IEnumerable<IKeyRevocations> revocations)
    : Microsoft.AspNetCore.SignalR.Hub
{
    /// <summary>The windows a client may join (the REST windows).</summary>
    public static readonly IReadOnlyList<string> Windows = ["1h", "24h", "7d", "30d", "90d", "month", "quarter", "year", "all"];

    /// <summary>Joins the group of (<paramref name="scope"/>, <paramref name="window"/>) and the alerts of the scope's subtree.</summary>
    /// <exception cref="HubException">The unit or window is unknown, the key may not read the unit, or too many joins.</exception>
    public async Task<JoinResult> Join(string scope, string window)
    {
        var spec = Check(scope, window);
        if (groups.JoinedBy(Context.ConnectionId) >= options.Value.MaxJoinsPerConnection)
        {
            throw new HubException($"This connection has joined {options.Value.MaxJoinsPerConnection} groups, the most allowed; leave one first.");
        }

        var group = groups.Join(Context.ConnectionId, scope, spec);
        await Groups.AddToGroupAsync(Context.ConnectionId, group.Name, Context.ConnectionAborted);
        return await fanOut.SnapshotAsync(group, Context.ConnectionAborted);
    }

    /// <summary>Leaves the group of (<paramref name="scope"/>, <paramref name="window"/>); nothing happens when not in it.</summary>
    public async Task Leave(string scope, string window)
    {
        if (groups.Leave(Context.ConnectionId, scope, window))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroup.NameOf(scope, window), Context.ConnectionAborted);
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        groups.Disconnect(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private WindowSpec Check(string scope, string window)
    {
        var caller = Caller.From(Context.User) ?? throw new HubException("Sign in with an API key (?access_token=<key>).");
        if (revocations.Any(r => r.IsRevoked(caller.KeyId)))
        {
            throw new HubException("This API key has been revoked; sign in with a new one.");
        }

        var tree = directory.Tree;
        if (string.IsNullOrEmpty(scope) || tree.Find(scope) is null)
        {
            throw new HubException($"There is no unit '{scope}'. List units with GET /api/v1/units?parent=<code>.");
        }

        if (!Windows.Contains(window, StringComparer.Ordinal) || !WindowSpec.TryParse(window, out var spec, out _))
        {
            throw new HubException($"Unknown window '{window}': use one of {string.Join(", ", Windows)}.");
        }

        return caller.CanRead(tree, scope) ? spec : throw new HubException($"This key may not read unit {scope}.");
    }
}
