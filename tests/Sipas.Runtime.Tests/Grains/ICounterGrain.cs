using Sipas.Runtime.Concurrency;

namespace Sipas.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    ValueTask<int> IncrementValue();

    ValueTask Add(int amount);

    [ReadOnly]
    Task<int> Get();

    Task<int> Overlaps();
}
