using Sipas.Grains.Rankings;

namespace Sipas.Api.Rest;

/// <summary>A ranking as REST clients see it.</summary>
public sealed record RankingDto(string Parent, string Metric, string Window, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<RankEntry> Entries);
