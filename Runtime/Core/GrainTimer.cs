using Sipas.Runtime.Invocation;

namespace Sipas.Runtime.Core;

/// <summary>A grain timer: each tick is queued on the activation like a call, and re-armed when the tick finishes.</summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly Activation _activation;
    private readonly Func<object?, CancellationToken, Task> _callback;
    private readonly object? _state;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposed = new();
    private readonly TimerTick _tick;
    private readonly Lock _lock = new();
    private TimeSpan _period;
    private bool _inFlight;
    private bool _dueDuringTick;
    private bool _changedDuringTick;

    public GrainTimer(Activation activation, Func<object?, CancellationToken, Task> callback, object? state, GrainTimerCreationOptions options)
    {
        _activation = activation;
        _callback = callback;
        _state = state;
        _period = options.Period;
        _tick = new TimerTick(this, options);
        activation.AddTimer(this);
        _timer = activation.Runtime.TimeProvider.CreateTimer(static s => ((GrainTimer)s!).OnDue(), this, options.DueTime, Timeout.InfiniteTimeSpan);
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            _period = period;
            _changedDuringTick = _inFlight;
        }

        _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    /// <summary>Runs the callback, unless the timer was disposed while the tick waited in the queue.</summary>
    internal Task RunTickAsync() => _disposed.IsCancellationRequested ? Task.CompletedTask : _callback(_state, _disposed.Token);

    internal void OnTickFinished()
    {
        bool runNow;
        TimeSpan? rearm;
        lock (_lock)
        {
            _inFlight = false;
            // A due time that passed during the tick (e.g. Change called by the callback) runs now; otherwise the
            // period counts from the end of this tick, unless the callback re-armed the timer itself.
            runNow = _dueDuringTick;
            rearm = !runNow && !_changedDuringTick && _period != Timeout.InfiniteTimeSpan ? _period : null;
            _dueDuringTick = false;
            _changedDuringTick = false;
        }

        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        if (runNow)
        {
            OnDue();
        }
        else if (rearm is { } period)
        {
            _timer.Change(period, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue()
    {
        lock (_lock)
        {
            // A tick never overlaps the previous one: a due time that arrives while one is queued or running waits.
            if (_disposed.IsCancellationRequested || _inFlight)
            {
                _dueDuringTick = !_disposed.IsCancellationRequested;
                return;
            }

            _inFlight = true;
        }

        if (!_activation.TryEnqueue(_tick))
        {
            Dispose();
        }
    }

    /// <summary>The request a tick travels as; one per timer, reused since ticks never overlap.</summary>
    private sealed class TimerTick(GrainTimer timer, GrainTimerCreationOptions options) : Request
    {
        private readonly GrainMethodInfo _method = new(
            "timer", "Tick", GrainMethodOptions.OneWay | (options.Interleave ? GrainMethodOptions.AlwaysInterleave : GrainMethodOptions.None), null);

        public override GrainMethodInfo Method => _method;

        internal override bool KeepsAlive => options.KeepAlive;

        protected override ValueTask InvokeAsync(object grain) => new(timer.RunTickAsync());

        protected override void ClearArguments()
        {
        }

        protected override void ReturnToPool() => timer.OnTickFinished();
    }
}
