using Sipas.Runtime.Concurrency;

namespace Sipas.Runtime.Benchmarks;

public interface IPingGrain : IGrainWithStringKey
{
    ValueTask<int> Ping();

    Task<int> PingTask();

    [OneWay]
    ValueTask Tell(int value);

    ValueTask<int> Received();
}
