namespace Sipas.Runtime.Tests.Grains;

public interface ILifecycleGrain : IGrainWithStringKey
{
    Task<int> Ping();

    Task Deactivate();

    Task KeepFor(TimeSpan time);

    Task<int> Fail(string message);
}
