using Sipas.Grains.Aggregates;
using Sipas.Grains.Rankings;

namespace Sipas.Grains.Contracts;

/// <summary>The children of <see cref="Parent"/> ranked by <see cref="Metric"/> over <see cref="Window"/>.</summary>
public sealed record RankingResult(string Parent, string Metric, Window Window, IReadOnlyList<RankEntry> Entries);
