using Sipas.Runtime.Diagnostics;
using Sipas.Runtime.Invocation;

namespace Sipas.Runtime.Core;

/// <summary>Activation, deactivation and idle collection.</summary>
internal sealed partial class Activation
{
    private static readonly SendOrPostCallback ActivateCallback = static s => _ = ((Activation)s!).ActivateAsync();
    private static readonly SendOrPostCallback DeactivateCallback = static s => _ = ((Activation)s!).DeactivateAsync();

    private readonly List<IActivationState> _states = [];
    private readonly List<GrainTimer> _timers = [];
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _calls;
    private long _activity;
    private long _lastSeenActivity;
    private DateTimeOffset _idleSince;
    private DateTimeOffset _keepAliveUntil;
    private bool _deactivateOnIdle;
    private bool _deactivationQueued;
    private DeactivationReason? _deferredDeactivation;
    private DeactivationReason _reason;

    /// <summary>Completes when the activation has deactivated (or failed to activate).</summary>
    public Task Deactivated => _deactivated.Task;

    public IServiceProvider Services => Runtime.Services;

    public long Calls => Volatile.Read(ref _calls);

    public int QueueLength
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Registers a persistent state to read before <see cref="Grain.OnActivateAsync"/>.</summary>
    public void AddState(IActivationState state) => _states.Add(state);

    public void AddTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers.Add(timer);
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>Deactivate once no call is running (<see cref="Grain.DeactivateOnIdle"/>).</summary>
    public void DeactivateOnIdle()
    {
        lock (_lock)
        {
            _deactivateOnIdle = true;
            if (_running.Count == 0)
            {
                OnIdle_Locked();
            }
        }
    }

    public void DelayDeactivation(TimeSpan timeSpan)
    {
        var until = Runtime.TimeProvider.GetUtcNow() + timeSpan;
        lock (_lock)
        {
            _keepAliveUntil = until > _keepAliveUntil ? until : _keepAliveUntil;
        }
    }

    /// <summary>Called by the collector every quantum: deactivates an activation idle for its collection age.</summary>
    public void CheckIdle(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_status != ActivationStatus.Valid || GrainClass.CollectionAge is not { } age)
            {
                return;
            }

            if (_activity != _lastSeenActivity || _running.Count > 0 || _pending.Count > 0)
            {
                _lastSeenActivity = _activity;
                _idleSince = now;
                return;
            }

            if (now < _keepAliveUntil || now - _idleSince < age)
            {
                return;
            }

            BeginDeactivation_Locked(new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for more than {age}."));
        }
    }

    public void StartDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            BeginDeactivation_Locked(reason);
        }
    }

    private void BeginDeactivation_Locked(DeactivationReason reason)
    {
        if (_status == ActivationStatus.Activating)
        {
            _deferredDeactivation ??= reason;
            return;
        }

        if (_status == ActivationStatus.Created)
        {
            // Never received a call: nothing to run, simply gone.
            _status = ActivationStatus.Invalid;
            Runtime.OnDeactivated(this, reason);
            _deactivated.TrySetResult();
            return;
        }

        if (_status != ActivationStatus.Valid)
        {
            return;
        }

        _status = ActivationStatus.Deactivating;
        _reason = reason;
        if (_running.Count == 0)
        {
            QueueDeactivation_Locked();
        }
    }

    private void OnIdle_Locked()
    {
        if (_status == ActivationStatus.Deactivating)
        {
            QueueDeactivation_Locked();
        }
        else if (_deactivateOnIdle && _status == ActivationStatus.Valid)
        {
            _deactivateOnIdle = false;
            BeginDeactivation_Locked(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));
        }
    }

    private void QueueDeactivation_Locked()
    {
        if (_deactivationQueued)
        {
            return;
        }

        _deactivationQueued = true;
        _work.Enqueue(new WorkItem(DeactivateCallback, this));
        if (ClaimRunner())
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    private async Task ActivateAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(Runtime.CollectionOptions.ActivationTimeout, Runtime.TimeProvider);
            _grain = GrainClass.Create(this);
            foreach (var state in _states)
            {
                await state.ReadOnActivateAsync(timeout.Token);
            }

            if (_grain is Grain grain)
            {
                await grain.OnActivateAsync(timeout.Token);
            }
        }
        catch (Exception ex)
        {
            FailActivation(ex);
            return;
        }

        Runtime.OnActivated(this);
        lock (_lock)
        {
            _status = ActivationStatus.Valid;
            _idleSince = Runtime.TimeProvider.GetUtcNow();
            if (_deferredDeactivation is { } reason)
            {
                BeginDeactivation_Locked(reason);
            }
            else if (_deactivateOnIdle)
            {
                OnIdle_Locked();
            }
        }
    }

    private void FailActivation(Exception exception)
    {
        Runtime.Log.ActivationFailed(GrainId, exception);
        RequestBase[] pending;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            pending = [.. _pending];
            _pending.Clear();
        }

        Runtime.OnDeactivated(this, new DeactivationReason(DeactivationReasonCode.ActivationFailed, "Activation failed.", exception));
        foreach (var request in pending)
        {
            request.TryFail(exception);
        }

        _deactivated.TrySetResult();
    }

    private async Task DeactivateAsync()
    {
        StopTimers();
        if (_grain is Grain grain)
        {
            try
            {
                using var timeout = new CancellationTokenSource(Runtime.CollectionOptions.DeactivationTimeout, Runtime.TimeProvider);
                await grain.OnDeactivateAsync(_reason, timeout.Token);
            }
            catch (Exception ex)
            {
                Runtime.Log.DeactivationFailed(GrainId, ex);
            }
        }

        var undelivered = HandOver();
        _deactivated.TrySetResult();
        foreach (var request in undelivered)
        {
            request.TryFail(new InvalidOperationException($"The silo has stopped: {request.Method} to {GrainId} was not delivered."));
        }
    }

    private void StopTimers()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }

    /// <summary>Ends the activation; returns the waiting calls that could not be handed over (silo stopped).</summary>
    private List<RequestBase> HandOver()
    {
        var undelivered = new List<RequestBase>();
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            Runtime.OnDeactivated(this, _reason);

            // Calls that arrived meanwhile go to a fresh activation (which reads the state this one flushed) before
            // any sender can see this one is gone, so each sender's calls keep their order.
            while (_pending.TryDequeue(out var request))
            {
                if (!Runtime.TryForward(request))
                {
                    undelivered.Add(request);
                }
            }
        }

        return undelivered;
    }
}
