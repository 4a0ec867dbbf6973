using Sipas.Grains.Aggregates;
using Sipas.Runtime;
using Sipas.Runtime.Concurrency;

namespace Sipas.Grains.Contracts;

/// <summary>
/// One grain per unit (keyed by unit code). A unit that serves citizens records its own responses; every unit pools
/// what its children pass up, so a parent's counts are exactly the sum over its subtree.
/// </summary>
public interface IUnitGrain : IGrainWithStringKey
{
    /// <summary>Counts responses served by this unit, in log order; positions at or below the snapshot's are skipped.</summary>
    [OneWay]
    Task Record(IReadOnlyList<RecordedResponse> responses);

    /// <summary>Pools a child's delta.</summary>
    [OneWay]
    Task ApplyDelta(UnitDelta delta);

    /// <summary>The unit's figures for a window, for one questionnaire (id or id@version).</summary>
    [ReadOnly]
    Task<UnitScore> GetScore(WindowSpec window, string questionnaire);

    /// <summary>An immutable copy of the pooled history.</summary>
    [ReadOnly]
    Task<HistorySnapshot> GetHistory();

    /// <summary>An immutable copy of the OWN history (responses this unit served), which a successor pools after a merge.</summary>
    [ReadOnly]
    Task<HistorySnapshot> GetOwnHistory();

    /// <summary>The highest log position this unit's own counts include.</summary>
    [ReadOnly]
    Task<long> GetAppliedPosition();

    /// <summary>
    /// Recomputes the pooled history as own responses plus the children's pooled histories plus the own histories of
    /// the retired units merged into this one.
    /// </summary>
    Task Rebuild();

    /// <summary>Passes the pending delta up now (normally a timer does it).</summary>
    Task Flush();

    /// <summary>
    /// Marks every log entry up to <paramref name="deliveredPosition"/> as applied (the caller has delivered all of
    /// them before this call, and messages arrive in order) and writes the own counts if they changed.
    /// </summary>
    Task Snapshot(long deliveredPosition);
}
