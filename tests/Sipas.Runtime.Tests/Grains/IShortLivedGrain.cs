namespace Sipas.Runtime.Tests.Grains;

public interface IShortLivedGrain : IGrainWithStringKey
{
    Task<int> Ping();
}
