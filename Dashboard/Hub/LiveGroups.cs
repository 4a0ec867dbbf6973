using Microsoft.Extensions.Options;
using Sipas.Grains.Aggregates;

namespace Sipas.Dashboard.Hub;

/// <summary>
/// Which connection watches which (scope, window) group, which units of each group changed since its last push, and
/// the sequence numbers. The hub adds and removes members; <see cref="LiveFanOut"/> marks changes and takes the groups
/// that are due. Sequence numbers start at the start time in microseconds, so they also increase across restarts.
/// </summary>
public sealed class LiveGroups(TimeProvider clock, IOptions<DashboardOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LiveGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LiveGroup>> _byScope = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<LiveGroup>> _byConnection = new(StringComparer.Ordinal);
    private long _sequence = clock.GetUtcNow().ToUnixTimeMilliseconds() * 1000;

    /// <summary>The number of groups with at least one member.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _groups.Count;
            }
        }
    }

    /// <summary>The next sequence number (greater than every one handed out before).</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>How many groups <paramref name="connectionId"/> has joined.</summary>
    public int JoinedBy(string connectionId)
    {
        lock (_gate)
        {
            return _byConnection.TryGetValue(connectionId, out var joined) ? joined.Count : 0;
        }
    }

    /// <summary>Adds a member to the group of (scope, window), creating the group when it is the first.</summary>
    public LiveGroup Join(string connectionId, string scope, WindowSpec window)
    {
        lock (_gate)
        {
            var name = LiveGroup.NameOf(scope, window.Name);
            if (!_groups.TryGetValue(name, out var group))
            {
                var now = clock.GetUtcNow();
                group = new LiveGroup(scope, window)
                {
                    LastSequence = NextSequence(),
                    NextPushAt = now,
                    NextRefreshAt = now + options.Value.RefreshInterval,
                };
                _groups.Add(name, group);
                if (!_byScope.TryGetValue(scope, out var sameScope))
                {
                    _byScope[scope] = sameScope = [];
                }

                sameScope.Add(group);
            }

            group.Members.Add(connectionId);
            if (!_byConnection.TryGetValue(connectionId, out var joined))
            {
                _byConnection[connectionId] = joined = [];
            }

            joined.Add(group);
            return group;
        }
    }

    /// <summary>Removes a member; the group goes when its last member leaves. False when it was not a member.</summary>
    public bool Leave(string connectionId, string scope, string window)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(LiveGroup.NameOf(scope, window), out var group)
                || !_byConnection.TryGetValue(connectionId, out var joined)
                || !joined.Remove(group))
            {
                return false;
            }

            if (joined.Count == 0)
            {
                _byConnection.Remove(connectionId);
            }

            RemoveMember(group, connectionId);
            return true;
        }
    }

    /// <summary>Removes a closed connection from every group it joined.</summary>
    public void Disconnect(string connectionId)
    {
        lock (_gate)
        {
            if (_byConnection.Remove(connectionId, out var joined))
            {
                foreach (var group in joined)
                {
                    RemoveMember(group, connectionId);
                }
            }
        }
    }

    /// <summary>
    /// Notes that <paramref name="unit"/> changed: every group whose scope is the unit itself or its parent will
    /// re-read it. True when a group that had nothing to push now has (the pusher must look again); false when no
    /// group watches the unit or every group watching it was already due for a push.
    /// </summary>
    public bool MarkChanged(string unit, string? parent)
    {
        lock (_gate)
        {
            return Mark(unit, unit) | (parent is not null && Mark(parent, unit));
        }
    }

    /// <summary>Makes the next push of <paramref name="group"/> re-read all its units (after a failed push).</summary>
    public void RereadAll(LiveGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        lock (_gate)
        {
            group.RereadAll = true;
        }
    }

    /// <summary>The connections that joined any scope in <paramref name="scopes"/> (each once), for alert routing.</summary>
    public IReadOnlyList<string> MembersOf(IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        lock (_gate)
        {
            var members = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scope in scopes)
            {
                if (_byScope.TryGetValue(scope, out var groups))
                {
                    foreach (var group in groups)
                    {
                        members.UnionWith(group.Members);
                    }
                }
            }

            return [.. members];
        }
    }

    /// <summary>
    /// Takes the groups due for a push at <paramref name="now"/> (changed, or due for a refresh, and not pushed within
    /// the push interval) with the units to re-read (null: all of them), and tells when the next one falls due.
    /// </summary>
    public (IReadOnlyList<(LiveGroup Group, IReadOnlyCollection<string>? Units)> Due, DateTimeOffset? Next) TakeDue(DateTimeOffset now)
    {
        var interval = options.Value.PushInterval;
        var refresh = options.Value.RefreshInterval;
        var due = new List<(LiveGroup, IReadOnlyCollection<string>?)>();
        DateTimeOffset? next = null;
        lock (_gate)
        {
            foreach (var group in _groups.Values)
            {
                if (group.NextRefreshAt <= now)
                {
                    group.RereadAll = true;
                    group.NextRefreshAt = now + refresh;
                }

                if (group.Dirty.Count == 0 && !group.RereadAll)
                {
                    next = Earliest(next, group.NextRefreshAt);
                    continue;
                }

                if (group.NextPushAt > now)
                {
                    next = Earliest(next, group.NextPushAt);
                    continue;
                }

                due.Add((group, group.RereadAll ? null : [.. group.Dirty]));
                group.Dirty.Clear();
                group.RereadAll = false;
                group.NextPushAt = now + interval;
                next = Earliest(next, group.NextRefreshAt);
            }
        }

        return (due, next);
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    private bool Mark(string scope, string unit)
    {
        if (!_byScope.TryGetValue(scope, out var groups))
        {
            return false;
        }

        var woke = false;
        foreach (var group in groups)
        {
            woke |= group.Dirty.Count == 0 && !group.RereadAll;
            group.Dirty.Add(unit);
        }

        return woke;
    }

    private void RemoveMember(LiveGroup group, string connectionId)
    {
        group.Members.Remove(connectionId);
        if (group.Members.Count > 0)
        {
            return;
        }

        _groups.Remove(group.Name);
        var sameScope = _byScope[group.Scope];
        sameScope.Remove(group);
        if (sameScope.Count == 0)
        {
            _byScope.Remove(group.Scope);
        }
    }
}
