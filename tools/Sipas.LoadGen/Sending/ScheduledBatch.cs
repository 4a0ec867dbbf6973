namespace Sipas.LoadGen.Sending;

/// <summary>
/// Batch <paramref name="Index"/>: items [<paramref name="First"/>, First + <paramref name="Count"/>), intended to
/// leave <paramref name="Due"/> after the start (when the last of its items has been "produced" at the rate).
/// </summary>
internal readonly record struct ScheduledBatch(long Index, long First, int Count, TimeSpan Due)
{
    /// <summary>When the first item of the batch was "produced".</summary>
    public TimeSpan Opens(double rate) => TimeSpan.FromSeconds(First / rate);
}
