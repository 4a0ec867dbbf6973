namespace Sipas.Runtime.Tests.Grains;

public interface IKeepAliveGrain : IGrainWithStringKey
{
    Task<int> Ping();
}
