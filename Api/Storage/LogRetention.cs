namespace Sipas.Api.Storage;

/// <summary>
/// One retention pass: deletes log entries received more than <see cref="LogRetentionOptions.LogDays"/> ago, but
/// only those at or below the checkpoint position (recovery replays the log after the checkpoint, so it never
/// needs them). Deletes in batches until nothing is left to delete.
/// </summary>
public static class LogRetention
{
    /// <summary>Returns how many entries were deleted.</summary>
    public static async Task<long> PurgeAsync(
        IResponseLogStore store, long checkpointPosition, DateTimeOffset now, LogRetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.LogDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        var cutoff = now.AddDays(-options.LogDays);
        long total = 0;
        int deleted;
        do
        {
            deleted = await store.DeleteOldAsync(cutoff, checkpointPosition, options.BatchSize, cancellationToken);
            total += deleted;
        }
        while (deleted == options.BatchSize);

        return total;
    }
}
