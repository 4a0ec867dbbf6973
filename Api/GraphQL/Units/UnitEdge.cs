using Sipas.Grains.Units;

namespace Sipas.Api.GraphQL.Units;

/// <summary>One unit of a page and its cursor.</summary>
public sealed record UnitEdge(string Cursor, Unit Node);
