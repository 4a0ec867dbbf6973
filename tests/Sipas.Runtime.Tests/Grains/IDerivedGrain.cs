namespace Sipas.Runtime.Tests.Grains;

public interface IDerivedGrain : IGreeterGrain
{
    ValueTask<int> Number();

    ValueTask Reset();
}
