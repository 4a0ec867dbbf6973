using Sipas.Runtime.Concurrency;

namespace Sipas.Runtime.Tests.Grains;

public interface IInterleavingGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task Read(TimeSpan hold);

    Task Write(TimeSpan hold);

    [AlwaysInterleave]
    Task<int> Peek();

    [ReadOnly]
    Task<(int MaxReaders, int MaxWriters, int MaxThreads)> Stats();
}
