using Sipas.Api.GraphQL.Units;
using Sipas.Grains.Alerts;

namespace Sipas.Api.GraphQL.Alerts;

/// <summary>A page of alerts (Relay cursor connection); cursors are opaque.</summary>
public sealed record AlertConnection(IReadOnlyList<AlertEdge> Edges, IReadOnlyList<AlertStatus> Nodes, PageInfo PageInfo, int TotalCount);
