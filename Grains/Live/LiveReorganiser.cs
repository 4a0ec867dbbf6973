using Sipas.Grains.Contracts;
using Sipas.Grains.Units;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>
/// Applies merges, moves and renames to the live system. Order of steps: (1) close routing and wait until every unit
/// has applied what was sent to it; (2) flush every unit, deepest first, so no delta is pending anywhere; (3) store the
/// operations (durable from here: a restart re-applies them); (4) swap the tree; (5) rebuild the units whose subtree
/// changed, deepest first, from their children and the units merged into them; (6) reopen routing. Own counts never
/// move in storage: a merged unit keeps its own history (frozen) and its successor pools it, so a crash at any step
/// recovers exactly.
/// </summary>
public sealed class LiveReorganiser(IGrainFactory grains, UnitDirectory directory)
{
    private const int Parallelism = 64;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Applies <paramref name="operations"/> in order; throws before changing anything if they do not fit the tree.</summary>
    public async Task<ReorganisationReport> ApplyAsync(IReadOnlyList<Reorganisation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var before = directory.Tree;
            var (after, affected) = Plan(before, operations);
            using (await directory.PauseRoutingAsync(cancellationToken))
            {
                await DrainAsync(before, cancellationToken);
                await grains.GetGrain<IReorganisationGrain>(IReorganisationGrain.Key)
                    .Append([.. operations.Select(ReorganisationRecord.From)]);
                directory.Replace(after);
                await RebuildAsync(after, affected, cancellationToken);
            }

            return new ReorganisationReport(operations.Count, affected.Count, after.Version);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The tree after the operations and every unit whose pooled counts they change.</summary>
    private static (UnitTree After, HashSet<string> Affected) Plan(UnitTree tree, IReadOnlyList<Reorganisation> operations)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var transfer in tree.Transfers(operation))
            {
                affected.UnionWith(transfer.SubtractFrom);
                affected.UnionWith(transfer.AddTo);
            }

            if (operation is Merge merge)
            {
                // The retired unit now pools only its own counts; the absorbing one pools them too.
                affected.Add(merge.From);
                affected.Add(merge.Into);
            }

            tree = tree.Apply(operation);
        }

        return (tree, affected);
    }

    private async Task DrainAsync(UnitTree tree, CancellationToken cancellationToken)
    {
        // A call queued behind the one-way records returns only once they are applied.
        await Parallel.ForEachAsync(tree.All.Where(u => u.TakesResponses), Options(cancellationToken),
            async (unit, _) => await grains.GetGrain<IUnitGrain>(unit.Code).GetAppliedPosition());
        if (!directory.IsLive)
        {
            return; // nothing is passed up before recovery has finished
        }

        // Each level's deltas are queued at the parents before the parents' own flush is.
        foreach (var level in ByDepth(tree, tree.Active))
        {
            await Parallel.ForEachAsync(level, Options(cancellationToken),
                async (unit, _) => await grains.GetGrain<IUnitGrain>(unit.Code).Flush());
        }
    }

    private async Task RebuildAsync(UnitTree tree, HashSet<string> affected, CancellationToken cancellationToken)
    {
        foreach (var level in ByDepth(tree, affected.Select(tree.Get)))
        {
            await Parallel.ForEachAsync(level, Options(cancellationToken),
                async (unit, _) => await grains.GetGrain<IUnitGrain>(unit.Code).Rebuild());
        }
    }

    private static IEnumerable<IGrouping<int, Unit>> ByDepth(UnitTree tree, IEnumerable<Unit> units) =>
        units.GroupBy(u => tree.Ancestors(u.Code).Count).OrderByDescending(g => g.Key);

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
