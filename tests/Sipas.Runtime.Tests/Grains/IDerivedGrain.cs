namespace Sipas.Runtime.Tests.Grains;

public interface IGreeterGrain : IGrainWithStringKey
{
    Task<string> Greet(string name, int times, CounterState extra);
}

public interface IDerivedGrain : IGreeterGrain
{
    ValueTask<int> Number();

    ValueTask Reset();
}
