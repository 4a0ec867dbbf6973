namespace Sipas.Runtime.Benchmarks;

public sealed class PingGrain : Grain, IPingGrain
{
    private int _pings;
    private int _received;

    public ValueTask<int> Ping() => ValueTask.FromResult(++_pings);

    public Task<int> PingTask() => Task.FromResult(++_pings);

    public ValueTask Tell(int value)
    {
        _received++;
        return ValueTask.CompletedTask;
    }

    public ValueTask<int> Received() => ValueTask.FromResult(_received);
}
