namespace Sipas.Runtime.Tests.Grains;

public interface IFragileGrain : IGrainWithStringKey
{
    Task<string> Hello();
}
