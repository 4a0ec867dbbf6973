namespace Sipas.Runtime.Tests.Grains;

public interface IReentrantGrain : IGrainWithStringKey
{
    Task Work(TimeSpan hold);

    Task<(int MaxInProgress, int MaxThreads)> Stats();
}
