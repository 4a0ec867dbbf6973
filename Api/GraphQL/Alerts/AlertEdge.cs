using Sipas.Grains.Alerts;

namespace Sipas.Api.GraphQL.Alerts;

/// <summary>One alert of a page and its cursor.</summary>
public sealed record AlertEdge(string Cursor, AlertStatus Node);
