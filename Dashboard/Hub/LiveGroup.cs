using Sipas.Grains.Aggregates;

namespace Sipas.Dashboard.Hub;

/// <summary>
/// The connections watching one scope over one window, and what was last pushed to them. Membership and the dirty
/// set belong to <see cref="LiveGroups"/>' lock; the figures last pushed and the sequence to <see cref="Turn"/>, which
/// also orders a joining client's snapshot against pushes.
/// </summary>
public sealed class LiveGroup(string scope, WindowSpec window)
{
    public string Scope { get; } = scope;

    public WindowSpec Window { get; } = window;

    /// <summary>The SignalR group name.</summary>
    public string Name { get; } = NameOf(scope, window.Name);

    /// <summary>Held while the group's figures are read and pushed, or a snapshot is taken for a joining client.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>The sequence number of the last push (or of the group's creation); guarded by <see cref="Turn"/>.</summary>
    public long LastSequence { get; set; }

    /// <summary>The figures each unit had in the last push, by code; guarded by <see cref="Turn"/>.</summary>
    public Dictionary<string, UnitFigures> LastPushed { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Dirty { get; } = new(StringComparer.Ordinal);

    internal bool RereadAll { get; set; }

    internal DateTimeOffset NextPushAt { get; set; }

    internal DateTimeOffset NextRefreshAt { get; set; }

    public static string NameOf(string scope, string window) => $"figures:{scope}:{window}";
}
