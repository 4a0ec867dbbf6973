using Sipas.Runtime.Concurrency;

namespace Sipas.Runtime.Tests.Grains;

/// <summary>A [Reentrant] class: calls interleave at awaits, yet grain code never runs on two threads at once.</summary>
[Reentrant]
public sealed class ReentrantGrain : Grain, IReentrantGrain
{
    private int _inProgress;
    private int _maxInProgress;
    private int _threads;
    private int _maxThreads;

    public async Task Work(TimeSpan hold)
    {
        _maxInProgress = Math.Max(_maxInProgress, ++_inProgress);
        for (var i = 0; i < 4; i++)
        {
            var threads = Interlocked.Increment(ref _threads);
            _maxThreads = Math.Max(_maxThreads, threads);
            Thread.SpinWait(5000);
            Interlocked.Decrement(ref _threads);
            await Task.Delay(hold / 4);
        }

        _inProgress--;
    }

    public Task<(int MaxInProgress, int MaxThreads)> Stats() => Task.FromResult((_maxInProgress, _maxThreads));
}
