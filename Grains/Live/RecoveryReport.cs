namespace Sipas.Grains.Live;

/// <summary>
/// What recovery did: the log position replay started after, how many responses it replayed, and how long each step
/// took (loading the snapshots, replaying the log tail, rebuilding the parents, the checkpoint that ends it).
/// </summary>
public sealed record RecoveryReport(long ReplayedAfter, long Replayed)
{
    public TimeSpan Loading { get; init; }

    public TimeSpan Replaying { get; init; }

    public TimeSpan Rebuilding { get; init; }

    public TimeSpan Checkpointing { get; init; }
}
