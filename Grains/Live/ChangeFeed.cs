namespace Sipas.Grains.Live;

/// <summary>
/// The grains' change stream: units publish (without waiting) after each flush, and consumers — the dashboard
/// fan-out, GraphQL subscriptions, alerting — each read their own bounded queue. Every event names a unit whose
/// current figures can be read again.
/// </summary>
public sealed class ChangeFeed : EventFeed<UnitChanged>;
