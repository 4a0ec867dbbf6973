using System.Collections.Immutable;
using Sipas.Api.Rest;
using Sipas.Grains.Alerts;
using Sipas.Grains.Live;

namespace Sipas.Api.Webhooks;

/// <summary>
/// The configured endpoints (kept in memory, written through to the store) and the routing of a transition to the
/// endpoints whose scope unit holds its unit. Transitions between the quiet states (NORMAL, INSUFFICIENT_DATA,
/// PENDING) are stored but not sent.
/// </summary>
public sealed class WebhookEndpoints(WebhookStore store, UnitDirectory directory, TimeProvider clock)
{
    private ImmutableArray<WebhookEndpoint> _all = [];
    private TaskCompletionSource _queued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ImmutableArray<WebhookEndpoint> All => _all;

    /// <summary>Completes when rows were queued since the sender last asked (see <see cref="Signal"/>).</summary>
    public Task Queued => _queued.Task;

    public async Task LoadAsync(CancellationToken cancellationToken) => _all = [.. await store.LoadEndpointsAsync(cancellationToken)];

    public WebhookEndpoint? Find(string id) => _all.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    public async Task<WebhookEndpoint> AddAsync(string unit, Uri url, string? secret, string actor, CancellationToken cancellationToken)
    {
        var endpoint = new WebhookEndpoint(Guid.NewGuid().ToString("N"), unit, url, secret ?? WebhookSignature.NewSecret(), actor, clock.GetUtcNow());
        await store.InsertEndpointAsync(endpoint, cancellationToken);
        ImmutableInterlocked.Update(ref _all, list => list.Add(endpoint));
        return endpoint;
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveEndpointAsync(id, clock.GetUtcNow(), cancellationToken);
        ImmutableInterlocked.Update(ref _all, list => list.RemoveAll(e => string.Equals(e.Id, id, StringComparison.Ordinal)));
        return removed;
    }

    /// <summary>Whether a transition is sent to webhooks: it enters or leaves FIRING, ACKNOWLEDGED, SILENCED, or enters RESOLVED.</summary>
    public static bool IsNotifiable(AlertTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        static bool Loud(AlertState s) => s is AlertState.Firing or AlertState.Acknowledged or AlertState.Silenced;
        return Loud(transition.From) || Loud(transition.To) || transition.To == AlertState.Resolved;
    }

    /// <summary>The outbox rows for <paramref name="transition"/>: one per endpoint in scope, each with its own delivery id.</summary>
    public IReadOnlyList<WebhookDelivery> DeliveriesFor(AlertTransition transition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transition);
        if (!IsNotifiable(transition) || _all.IsEmpty)
        {
            return [];
        }

        var tree = directory.Tree;
        var unitName = tree.Find(transition.Unit)?.Name;
        var deliveries = new List<WebhookDelivery>();
        foreach (var endpoint in _all.Where(e => tree.IsInSubtree(transition.Unit, e.Unit)))
        {
            var id = Guid.NewGuid().ToString("N");
            var body = new WebhookPayload(WebhookPayload.AlertTransitionEvent, id, unitName, AlertTransitionDto.Of(transition)).ToJson();
            deliveries.Add(new WebhookDelivery(id, endpoint.Id, transition.Sequence, body, now, 0, now));
        }

        return deliveries;
    }

    /// <summary>Wakes the sender: rows were committed.</summary>
    public void Signal() => Interlocked.Exchange(ref _queued, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
