using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>Committing a batch of decisions: store first (with the outbox), then memory, then publish.</summary>
public sealed partial class AlertingService
{
    /// <summary>Call under the gate.</summary>
    private async Task CommitAsync(Batch batch, CancellationToken cancellationToken)
    {
        if (batch.Persist.Count == 0 && batch.Deleted.Count == 0 && batch.Transitions.Count == 0)
        {
            Remember(batch);
            return;
        }

        var sequence = _sequence;
        var transitions = batch.Transitions.Select(t => t with { Sequence = ++sequence }).ToList();
        var deliveries = transitions.SelectMany(t => webhooks.DeliveriesFor(t, batch.Now)).ToList();
        var persisted = batch.Persist.Select(id => batch.Updated[id]).ToList();
        await store.SaveAsync(persisted, batch.Deleted, transitions, deliveries, cancellationToken);
        _sequence = sequence;
        Remember(batch);
        foreach (var transition in transitions)
        {
            LogTransition(transition.Unit, transition.Rule, transition.From, transition.To, transition.Value, transition.N, transition.Sequence);
            feed.Publish(transition);
        }

        if (deliveries.Count > 0)
        {
            webhooks.Signal();
        }
    }

    private void Remember(Batch batch)
    {
        foreach (var status in batch.Deleted)
        {
            _statuses.TryRemove(status.Id, out _);
        }

        foreach (var (id, status) in batch.Updated)
        {
            _statuses[id] = status;
        }
    }

    /// <summary>The decisions of one pass, applied together.</summary>
    private sealed class Batch(DateTimeOffset now)
    {
        public DateTimeOffset Now => now;

        /// <summary>Every new status (figures included), to keep in memory.</summary>
        public Dictionary<string, AlertStatus> Updated { get; } = new(StringComparer.Ordinal);

        /// <summary>Statuses whose state changed, to store.</summary>
        public HashSet<string> Persist { get; } = new(StringComparer.Ordinal);

        public List<AlertStatus> Deleted { get; } = [];

        public List<AlertTransition> Transitions { get; } = [];

        public void Add(AlertStatus previous, AlertDecision decision)
        {
            var next = decision.Status;
            Updated[next.Id] = next;
            if (decision.Transition is { } transition)
            {
                Transitions.Add(transition);
                Persist.Add(next.Id);
            }
            else if (previous.Condition != next.Condition || previous.PendingSince != next.PendingSince
                || previous.AcknowledgedBy != next.AcknowledgedBy || previous.State != next.State)
            {
                Persist.Add(next.Id);
            }
        }
    }
}
