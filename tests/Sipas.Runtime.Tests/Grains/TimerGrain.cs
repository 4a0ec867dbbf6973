namespace Sipas.Runtime.Tests.Grains;

/// <summary>Its timer and its calls both mark themselves inside; any overlap is counted.</summary>
public sealed class TimerGrain : Grain, ITimerGrain
{
    private IGrainTimer? _timer;
    private int _inside;
    private int _ticks;
    private int _overlaps;

    public Task Start(TimeSpan period, TimeSpan tickWork)
    {
        _timer = RegisterGrainTimer(
            async ct =>
            {
                Enter();
                await Task.Delay(tickWork, ct);
                _ticks++;
                Leave();
            },
            TimeSpan.Zero,
            period);
        return Task.CompletedTask;
    }

    public Task StartOneShot(TimeSpan due, int times, TimeSpan hold)
    {
        _timer = RegisterGrainTimer(
            async ct =>
            {
                if (++_ticks < times)
                {
                    _timer!.Change(due, Timeout.InfiniteTimeSpan);
                }

                if (hold > TimeSpan.Zero)
                {
                    // Still inside the tick when a short re-arm falls due: it must wait, not be lost.
                    await Task.Delay(hold, ct);
                }
            },
            due,
            Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public async Task<int> Busy(TimeSpan work)
    {
        Enter();
        await Task.Delay(work);
        Leave();
        return _ticks;
    }

    public Task<(int Ticks, int Overlaps)> Stats() => Task.FromResult((_ticks, _overlaps));

    public Task Stop()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    private void Enter()
    {
        if (Interlocked.Increment(ref _inside) != 1)
        {
            _overlaps++;
        }
    }

    private void Leave() => Interlocked.Decrement(ref _inside);
}
