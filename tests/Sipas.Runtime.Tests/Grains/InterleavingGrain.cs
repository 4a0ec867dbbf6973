namespace Sipas.Runtime.Tests.Grains;

/// <summary>Measures how many reads and writes were ever in progress at once, and how many threads ran grain code at once.</summary>
public sealed class InterleavingGrain : Grain, IInterleavingGrain
{
    private int _readers;
    private int _writers;
    private int _maxReaders;
    private int _maxWriters;
    private int _threads;
    private int _maxThreads;

    public async Task Read(TimeSpan hold)
    {
        _maxReaders = Math.Max(_maxReaders, ++_readers);
        await Hold(hold);
        _readers--;
    }

    public async Task Write(TimeSpan hold)
    {
        _maxWriters = Math.Max(_maxWriters, ++_writers + _readers);
        await Hold(hold);
        _writers--;
    }

    public Task<int> Peek() => Task.FromResult(_writers);

    public Task<(int MaxReaders, int MaxWriters, int MaxThreads)> Stats() => Task.FromResult((_maxReaders, _maxWriters, _maxThreads));

    private async Task Hold(TimeSpan hold)
    {
        for (var i = 0; i < 5; i++)
        {
            var threads = Interlocked.Increment(ref _threads);
            _maxThreads = Math.Max(_maxThreads, threads);
            Thread.SpinWait(2000);
            Interlocked.Decrement(ref _threads);
            await Task.Delay(hold / 5);
        }

    }
}
