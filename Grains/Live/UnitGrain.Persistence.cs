using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;

namespace Sipas.Grains.Live;

/// <summary>Snapshots of own counts, and rebuilding the pooled counts from the children.</summary>
public sealed partial class UnitGrain
{
    public async Task Snapshot(long deliveredPosition)
    {
        // Unchanged counts need no write: no entry for this unit lies between the stored position and this one.
        state.State.AppliedPosition = Math.Max(state.State.AppliedPosition, deliveredPosition);
        if (!_dirty)
        {
            return;
        }

        state.State.Own = _own.ToDictionary(p => p.Key, p => p.Value.ToBytes(), StringComparer.Ordinal);
        await state.WriteStateAsync();
        _dirty = false;
    }

    public async Task Rebuild()
    {
        PoolOwnOnly();
        var children = directory.Tree.Children(Code);
        var absorbed = directory.Absorbed(Code);
        if (children.IsEmpty && absorbed.Count == 0)
        {
            return;
        }

        var snapshots = await Task.WhenAll(children.Select(c => GrainFactory.GetGrain<IUnitGrain>(c.Code).GetHistory())
            .Concat(absorbed.Select(code => GrainFactory.GetGrain<IUnitGrain>(code).GetOwnHistory())));
        foreach (var snapshot in snapshots)
        {
            foreach (var (key, bytes) in snapshot.Histories)
            {
                var questionnaire = questionnaires.Get(key);
                Pooled(questionnaire).Add(UnitHistory.FromBytes(bytes, questionnaire, clock));
            }
        }

        _updatedAt = clock.GetUtcNow();
        Changed();
    }
}
