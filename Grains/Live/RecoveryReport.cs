namespace Sipas.Grains.Live;

/// <summary>What recovery did: the log position replay started after, and how many responses it replayed.</summary>
public sealed record RecoveryReport(long ReplayedAfter, long Replayed);
