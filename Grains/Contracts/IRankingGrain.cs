using Sipas.Grains.Aggregates;
using Sipas.Runtime;
using Sipas.Runtime.Concurrency;

namespace Sipas.Grains.Contracts;

/// <summary>One grain per parent unit (keyed by its code) that ranks its children.</summary>
public interface IRankingGrain : IGrainWithStringKey
{
    /// <summary>
    /// Ranks the children by <paramref name="metric"/> (<c>sipas</c> or a factor id) over a window; the children's
    /// scores are read in one concurrent round of calls.
    /// </summary>
    [ReadOnly]
    Task<RankingResult> GetRanking(WindowSpec window, string metric, string questionnaire);

    /// <summary>
    /// A child's figures changed (it flushed). The grain re-evaluates the order of the default ranking (30 days, SIPAS)
    /// at most once a second and publishes on the <c>RankingFeed</c> when the order changed.
    /// </summary>
    [OneWay]
    Task ChildChanged();
}
