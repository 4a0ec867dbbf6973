using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Contracts;

/// <summary>
/// What a unit passes up to its parent at each flush: the responses its subtree counted since the last flush, as
/// the cells they count (mapped once, at the unit that served). Parents pool them exactly, one count per response,
/// whatever the depth.
/// </summary>
public sealed record UnitDelta(string FromUnit, IReadOnlyList<CountedResponse> Responses);
