using Sipas.Grains.Live;

namespace Sipas.Grains.Alerts;

/// <summary>Alert transitions as they are stored, for the dashboard, GraphQL subscriptions and webhooks.</summary>
public sealed class AlertFeed : EventFeed<AlertTransition>;
