namespace Sipas.LoadGen.Stats;

/// <summary>The counters at one moment, for the display.</summary>
internal sealed record ProgressSnapshot(
    long Sent,
    long Accepted,
    long Duplicate,
    long Rejected,
    long Errors,
    long Retries,
    double P50Ms,
    double P99Ms,
    TimeSpan Elapsed,
    TimeSpan Planned,
    long Total)
{
    /// <summary>Items per second sent so far.</summary>
    public double Rate => Elapsed > TimeSpan.Zero ? Sent / Elapsed.TotalSeconds : 0;

    public TimeSpan Remaining => Planned > Elapsed ? Planned - Elapsed : TimeSpan.Zero;
}
