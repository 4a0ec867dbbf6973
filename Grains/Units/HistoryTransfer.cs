namespace Sipas.Grains.Units;

/// <summary>
/// What a reorganisation does to pooled aggregates: the whole (pooled) history of <paramref name="Source"/> is
/// subtracted from each unit of <paramref name="SubtractFrom"/> and added to each unit of <paramref name="AddTo"/>.
/// Ancestors shared by the old and the new position are in neither list (their totals do not change).
/// </summary>
public sealed record HistoryTransfer(string Source, IReadOnlyList<string> SubtractFrom, IReadOnlyList<string> AddTo);
