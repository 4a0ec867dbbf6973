namespace Sipas.Runtime.Tests.Grains;

public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task Nothing();
}
