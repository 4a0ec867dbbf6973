namespace Sipas.Grains.Contracts;

/// <summary>
/// An immutable copy of a unit's pooled history, one encoded <c>UnitHistory</c> per questionnaire key
/// (<c>sipas-2017@1</c>), for rebuilding a parent and for reorganisations.
/// </summary>
public sealed record HistorySnapshot(string Unit, IReadOnlyDictionary<string, byte[]> Histories);
