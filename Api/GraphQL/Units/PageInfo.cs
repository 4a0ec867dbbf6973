namespace Sipas.Api.GraphQL.Units;

/// <summary>Where a page stands in its list (Relay).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
