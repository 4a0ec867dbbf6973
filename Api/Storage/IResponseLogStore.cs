namespace Sipas.Api.Storage;

/// <summary>
/// The database half of the log: one dialect per database. <see cref="GroupCommitResponseLog"/> owns batching and
/// calls <see cref="InsertBatchAsync"/> from a single writer, so positions are assigned and committed in order.
/// </summary>
public interface IResponseLogStore
{
    /// <summary>Creates the schema if it is missing.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the entries in one transaction, ignoring ids that already exist, and returns the position given to
    /// each inserted entry (0 for an entry not inserted), index for index.
    /// </summary>
    Task<long[]> InsertBatchAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);

    /// <summary>Reads up to <paramref name="limit"/> entries after a position, in position order.</summary>
    Task<IReadOnlyList<LogEntry>> ReadPageAsync(long afterPosition, int limit, CancellationToken cancellationToken);

    Task<long> LastPositionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes up to <paramref name="limit"/> entries received before <paramref name="receivedBefore"/> AND at or
    /// below <paramref name="upToPosition"/> (lowest positions first); returns how many it deleted. Positions are
    /// never reused after a delete.
    /// </summary>
    Task<int> DeleteOldAsync(DateTimeOffset receivedBefore, long upToPosition, int limit, CancellationToken cancellationToken);
}
