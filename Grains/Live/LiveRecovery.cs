using Sipas.Grains.Contracts;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>
/// Brings the grains back after a start or a crash, before ingestion opens: (0) re-apply the stored reorganisations to
/// the loaded tree; (1) activate every unit that takes responses, which loads its snapshot; (2) replay the log after the checkpoint (each unit skips what its snapshot
/// holds); (3) rebuild every parent from its children, deepest first; then go live and checkpoint. The result
/// equals a recomputation from the log, exactly. <see cref="CheckpointAsync"/> is also what the host calls
/// periodically while live.
/// </summary>
public sealed class LiveRecovery(IGrainFactory grains, UnitDirectory directory, TimeProvider clock)
{
    private const int Parallelism = 64;

    // Snapshots are writes: many at once only queue on the database's write lock (SQLite has one writer) and, in
    // Microsoft.Data.Sqlite's busy retry, sleep pool threads; a few at a time keep the disk busy without that.
    private const int SnapshotWriters = 4;

    /// <summary>Runs the three steps; <paramref name="readAfter"/> streams the log after a position, in order.</summary>
    public async Task<RecoveryReport> RecoverAsync(
        Func<long, IAsyncEnumerable<RecordedResponse>> readAfter, CancellationToken cancellationToken)
    {
        var step = clock.GetTimestamp();
        await RestoreReorganisationsAsync();
        await LoadAsync(cancellationToken);
        var from = await grains.GetGrain<ICheckpointGrain>(ICheckpointGrain.Key).GetPosition();
        var loading = Lap(ref step);
        var (replayed, last) = await ReplayAsync(readAfter(from), cancellationToken);
        var replaying = Lap(ref step);
        await RebuildAsync(cancellationToken);
        directory.GoLive();
        var rebuilding = Lap(ref step);
        await CheckpointAsync(Math.Max(from, last), cancellationToken);
        return new RecoveryReport(from, replayed)
        {
            Loading = loading, Replaying = replaying, Rebuilding = rebuilding, Checkpointing = Lap(ref step),
        };
    }

    /// <summary>
    /// Re-applies the reorganisations stored by <see cref="LiveReorganiser"/> to the tree the host loaded; returns how
    /// many. Throws when they do not fit that tree (the host must load the tree they were applied to).
    /// </summary>
    public async Task<int> RestoreReorganisationsAsync()
    {
        var applied = await grains.GetGrain<IReorganisationGrain>(IReorganisationGrain.Key).GetApplied();
        if (applied.Count > 0)
        {
            directory.Replace(directory.Tree.Apply(applied.Select(r => r.ToOperation())));
        }

        return applied.Count;
    }

    /// <summary>Activates every unit that takes responses (each loads its snapshot), many at a time.</summary>
    public Task LoadAsync(CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(ResponseTakers(), Options(cancellationToken),
            async (code, _) => await grains.GetGrain<IUnitGrain>(code).GetAppliedPosition());

    /// <summary>
    /// Makes every unit store its counts as including everything up to <paramref name="deliveredPosition"/>, then
    /// moves the checkpoint there. The caller must have delivered every entry up to that position already.
    /// </summary>
    public async Task CheckpointAsync(long deliveredPosition, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(ResponseTakers(), Options(cancellationToken, SnapshotWriters),
            async (code, _) => await grains.GetGrain<IUnitGrain>(code).Snapshot(deliveredPosition));
        await grains.GetGrain<ICheckpointGrain>(ICheckpointGrain.Key).SetPosition(deliveredPosition);
    }

    /// <summary>Sends the log tail to the units in order and waits until each has applied it.</summary>
    public async Task<(long Count, long LastPosition)> ReplayAsync(IAsyncEnumerable<RecordedResponse> tail, CancellationToken cancellationToken)
    {
        const int ChunkSize = 5_000;
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var chunk = new List<RecordedResponse>(ChunkSize);
        long count = 0;
        long last = 0;
        await foreach (var recorded in tail.WithCancellation(cancellationToken))
        {
            chunk.Add(recorded);
            count++;
            last = recorded.Position;
            if (chunk.Count == ChunkSize)
            {
                touched.UnionWith(grains.SendToUnits(directory, chunk));
                chunk.Clear();
            }
        }

        touched.UnionWith(grains.SendToUnits(directory, chunk));
        // A call queued behind the one-way records returns only once they are applied.
        await Task.WhenAll(touched.Select(code => grains.GetGrain<IUnitGrain>(code).GetAppliedPosition()));
        return (count, last);
    }

    /// <summary>Rebuilds every unit that has children, deepest first, so each parent pools up-to-date children.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var tree = directory.Tree;
        var levels = tree.Active.Where(u => !tree.Children(u.Code).IsEmpty || directory.Absorbed(u.Code).Count > 0)
            .GroupBy(u => tree.Ancestors(u.Code).Count)
            .OrderByDescending(g => g.Key);
        foreach (var level in levels)
        {
            await Parallel.ForEachAsync(level, Options(cancellationToken),
                async (unit, _) => await grains.GetGrain<IUnitGrain>(unit.Code).Rebuild());
        }
    }

    private TimeSpan Lap(ref long since)
    {
        var now = clock.GetTimestamp();
        var elapsed = clock.GetElapsedTime(since, now);
        since = now;
        return elapsed;
    }

    // Retired units included: their own counts are kept (their successor pools them) and must be snapshotted too.
    private IEnumerable<string> ResponseTakers() => directory.Tree.All.Where(u => u.TakesResponses).Select(u => u.Code);

    private static ParallelOptions Options(CancellationToken cancellationToken, int parallelism = Parallelism) =>
        new() { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
}
