using Sipas.Runtime.Tests.Grains;

namespace Sipas.Runtime.Tests.Generator;

public sealed class GrainProxyGeneratorTests
{
    [Fact]
    public async Task Greet_InheritedMethodWithSeveralArguments_ReachesTheGrain()
    {
        await using var silo = await TestSilo.StartAsync();
        var derived = silo.Grains.GetGrain<IDerivedGrain>("k");

        var greeting = await derived.Greet("ab", 2, new CounterState { Value = 3 });

        Assert.Equal("abab3k", greeting);
    }

    [Fact]
    public async Task GetGrain_BaseInterfaceOfTheSameClass_ReachesTheSameActivation()
    {
        await using var silo = await TestSilo.StartAsync();
        await silo.Grains.GetGrain<IDerivedGrain>("shared").Reset();

        var viaBase = await silo.Grains.GetGrain<IGreeterGrain>("shared").Greet("x", 1, new CounterState());
        var number = await silo.Grains.GetGrain<IDerivedGrain>("shared").Number();

        Assert.Equal("x0shared", viaBase);
        Assert.Equal(0, number);
    }

    [Fact]
    public async Task Proxy_GeneratedType_IsAGrainReferenceNotADispatchProxy()
    {
        await using var silo = await TestSilo.StartAsync();

        var proxy = silo.Grains.GetGrain<IDerivedGrain>("type");

        Assert.IsAssignableFrom<GrainReference>(proxy);
        Assert.Equal("Sipas.Runtime.Generated", proxy.GetType().Namespace);
        Assert.Equal(new GrainId("derived", "type"), proxy.GetGrainId());
    }
}
