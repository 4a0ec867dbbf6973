namespace Sipas.Grains.Rankings;

/// <summary>
/// One sibling's place in a ranking. <see cref="Rank"/> is the competition rank (1, 1, 3) by value;
/// <see cref="RankLow"/>…<see cref="RankHigh"/> is the band of ranks its 95% interval allows against the others'.
/// A unit with fewer responses than the minimum sample is <see cref="Insufficient"/> and has no rank.
/// </summary>
public sealed record RankEntry(
    string Unit,
    int? Rank,
    double Value,
    double Low,
    double High,
    long N,
    int? RankLow,
    int? RankHigh,
    bool Insufficient);
