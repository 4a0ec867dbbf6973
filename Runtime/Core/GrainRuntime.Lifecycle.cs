using Sipas.Runtime.Diagnostics;
using Sipas.Runtime.Invocation;

namespace Sipas.Runtime.Core;

/// <summary>Start, stop, idle collection and response timeouts.</summary>
internal sealed partial class GrainRuntime
{
    private const int ShutdownRounds = 5;
    private ITimer? _collector;
    private ITimer? _timeouts;

    public void Start()
    {
        var quantum = CollectionOptions.CollectionQuantum;
        _collector = TimeProvider.CreateTimer(static s => ((GrainRuntime)s!).CollectIdle(), this, quantum, quantum);
        var check = MessagingOptions.ResponseTimeoutCheckInterval;
        _timeouts = TimeProvider.CreateTimer(static s => ((GrainRuntime)s!).SweepTimeouts(), this, check, check);
    }

    /// <summary>Deactivates every activation (each may write its state in OnDeactivateAsync), then refuses calls.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < ShutdownRounds && !_activations.IsEmpty; round++)
        {
            var activations = _activations.Values.ToArray();
            Log.Stopping(activations.Length);
            var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is stopping.");
            foreach (var activation in activations)
            {
                activation.StartDeactivation(reason);
            }

            await Task.WhenAll(activations.Select(a => a.Deactivated)).WaitAsync(cancellationToken);
        }

        _stopped = true;
        if (!_activations.IsEmpty)
        {
            Log.StoppedWithActivations(_activations.Count);
        }

        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        if (_timeouts is not null)
        {
            await _timeouts.DisposeAsync();
        }
    }

    internal void CollectIdle()
    {
        var now = TimeProvider.GetUtcNow();
        foreach (var activation in _activations.Values)
        {
            activation.CheckIdle(now);
        }
    }

    internal void SweepTimeouts()
    {
        var now = TimeProvider.GetTimestamp();
        var expired = new List<(RequestBase Request, string Message)>();
        foreach (var activation in _activations.Values)
        {
            activation.CollectExpired(now, expired);
        }

        foreach (var (request, message) in expired)
        {
            request.FailClaimed(new TimeoutException(message));
            Metrics.TimedOut();
            Log.CallTimedOut(message);
        }
    }
}
