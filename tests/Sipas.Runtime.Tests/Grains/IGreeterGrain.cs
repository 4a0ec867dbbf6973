namespace Sipas.Runtime.Tests.Grains;

public interface IGreeterGrain : IGrainWithStringKey
{
    Task<string> Greet(string name, int times, CounterState extra);
}
