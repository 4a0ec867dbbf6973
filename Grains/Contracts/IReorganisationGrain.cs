using Sipas.Runtime;
using Sipas.Runtime.Concurrency;

namespace Sipas.Grains.Contracts;

/// <summary>
/// The durable list of reorganisations applied to the live unit tree (one grain, key <c>tree</c>). On start they are
/// re-applied, in order, to the tree the host loads, before recovery replays the log.
/// </summary>
public interface IReorganisationGrain : IGrainWithStringKey
{
    /// <summary>The key of the one reorganisation grain.</summary>
    const string Key = "tree";

    [ReadOnly]
    Task<IReadOnlyList<ReorganisationRecord>> GetApplied();

    /// <summary>Appends operations (already validated against the tree) and writes them before returning.</summary>
    Task Append(IReadOnlyList<ReorganisationRecord> operations);
}
