namespace Sipas.LoadGen.Sending;

/// <summary>
/// The open-loop plan of a run: item i is produced at i / rate, and a batch is due as soon as its last item is.
/// The plan never depends on replies, so a slow server cannot slow the offered load down (no coordinated omission:
/// latency is measured from <see cref="ScheduledBatch.Due"/>, not from when the request actually left).
/// </summary>
internal sealed class RateSchedule(double rate, int batchSize, long total)
{
    public double Rate { get; } = rate > 0 ? rate : throw new ArgumentOutOfRangeException(nameof(rate));

    public int BatchSize { get; } = batchSize > 0 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize));

    public long Total { get; } = total >= 0 ? total : throw new ArgumentOutOfRangeException(nameof(total));

    public long BatchCount => (Total + BatchSize - 1) / BatchSize;

    /// <summary>The intended end of the run: when the last item is produced.</summary>
    public TimeSpan Length => TimeSpan.FromSeconds(Total / Rate);

    public ScheduledBatch this[long index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BatchCount);
            var first = index * BatchSize;
            var count = (int)Math.Min(BatchSize, Total - first);
            return new ScheduledBatch(index, first, count, TimeSpan.FromSeconds((first + count) / Rate));
        }
    }

    public IEnumerable<ScheduledBatch> Batches()
    {
        for (long i = 0; i < BatchCount; i++)
        {
            yield return this[i];
        }
    }
}
