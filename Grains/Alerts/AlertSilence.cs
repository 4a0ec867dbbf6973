using Sipas.Grains.Units;

namespace Sipas.Grains.Alerts;

/// <summary>
/// A silence on <see cref="Unit"/> (and, with <see cref="Subtree"/>, every unit under it) for one rule or, when
/// <see cref="Rule"/> is null, all of them: time-boxed (<see cref="StartsAt"/>–<see cref="EndsAt"/>) or recurring
/// (<see cref="Schedule"/>, within the optional <see cref="StartsAt"/>–<see cref="EndsAt"/>).
/// </summary>
public sealed record AlertSilence(
    string Id,
    string Unit,
    string? Rule,
    bool Subtree,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    MuteSchedule? Schedule,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? Comment)
{
    /// <summary>Whether the silence mutes at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) =>
        now >= StartsAt && (EndsAt is null || now < EndsAt) && (Schedule is null || Schedule.Contains(now));

    /// <summary>Whether it can still mute at or after <paramref name="now"/> (an ended one can be forgotten).</summary>
    public bool IsExpiredAt(DateTimeOffset now) => EndsAt is { } end && now >= end;

    /// <summary>Whether it applies to <paramref name="rule"/> of <paramref name="unit"/>.</summary>
    public bool Covers(UnitTree tree, string unit, string rule)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return (Rule is null || string.Equals(Rule, rule, StringComparison.Ordinal))
            && (string.Equals(Unit, unit, StringComparison.Ordinal) || (Subtree && tree.IsInSubtree(unit, Unit)));
    }
}
