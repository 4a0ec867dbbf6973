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
    private TimeSpan _period;
    private int _inFlight;

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
        _period = period;
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
        Volatile.Write(ref _inFlight, 0);
        if (!_disposed.IsCancellationRequested && _period != Timeout.InfiniteTimeSpan)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue()
    {
        // A tick never overlaps the previous one: a due time that arrives while one is queued or running is dropped.
        if (_disposed.IsCancellationRequested || Interlocked.Exchange(ref _inFlight, 1) != 0)
        {
            return;
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
