namespace Sipas.Grains.Live;

/// <summary>
/// The children of <see cref="Parent"/> ranked by <see cref="Metric"/> over <see cref="Window"/> now stand in
/// <see cref="Order"/> (ranked units by rank, then those with insufficient data by code); <see cref="Previous"/> is
/// the order last published (empty for the first evaluation after activation).
/// </summary>
public sealed record RankingChanged(
    string Parent, string Window, string Metric, IReadOnlyList<string> Previous, IReadOnlyList<string> Order, DateTimeOffset At);
