using Sipas.Runtime.Storage;
using Sipas.Runtime.Tests.Grains;
using Sipas.Testing;

namespace Sipas.Runtime.Tests.Core;

public sealed class ActivationLifecycleTests
{
    [Fact]
    public async Task Ping_FirstCall_ActivatesOnceBeforeTheCall()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("first");

        var pings = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => grain.Ping()));

        Assert.Equal(Enumerable.Range(1, 20), pings.Order());
        Assert.Equal(1, silo.Probe.Count("activate:first"));
    }

    [Fact]
    public async Task CheckIdle_IdleLongerThanCollectionAge_Deactivates()
    {
        var clock = new FakeTimeProvider();
        await using var silo = await TestSilo.StartAsync(clock);
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("idle");
        await grain.Ping();

        clock.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(50);
        var earlyDeactivations = silo.Probe.Count("deactivate:idle:ActivationIdle");
        clock.Advance(TimeSpan.FromMinutes(7));

        Assert.Equal(0, earlyDeactivations);
        Assert.True(await silo.Probe.WaitFor("deactivate:idle:ActivationIdle"));
        Assert.Equal(1, await grain.Ping());
        Assert.Equal(2, silo.Probe.Count("activate:idle"));
    }

    [Fact]
    public async Task CheckIdle_KeepAliveGrain_IsNeverCollected()
    {
        var clock = new FakeTimeProvider();
        await using var silo = await TestSilo.StartAsync(clock);
        var grain = silo.Grains.GetGrain<IKeepAliveGrain>("kept");
        await grain.Ping();

        clock.Advance(TimeSpan.FromHours(3));
        await Task.Delay(100);

        Assert.Equal(0, silo.Probe.Events.Count(e => e.StartsWith("deactivate:kept", StringComparison.Ordinal)));
        Assert.Equal(2, await grain.Ping());
    }

    [Fact]
    public async Task CheckIdle_CollectionAgeLimitOnTheClass_OverridesTheDefault()
    {
        var clock = new FakeTimeProvider();
        await using var silo = await TestSilo.StartAsync(clock);
        await silo.Grains.GetGrain<IShortLivedGrain>("short").Ping();

        clock.Advance(TimeSpan.FromMinutes(4));

        Assert.True(await silo.Probe.WaitFor("deactivate:short:ActivationIdle"));
    }

    [Fact]
    public async Task DelayDeactivation_Requested_PostponesIdleCollection()
    {
        var clock = new FakeTimeProvider();
        await using var silo = await TestSilo.StartAsync(clock);
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("delayed");
        await grain.KeepFor(TimeSpan.FromMinutes(40));

        clock.Advance(TimeSpan.FromMinutes(30));
        await Task.Delay(50);
        var early = silo.Probe.Count("deactivate:delayed:ActivationIdle");
        clock.Advance(TimeSpan.FromMinutes(12));

        Assert.Equal(0, early);
        Assert.True(await silo.Probe.WaitFor("deactivate:delayed:ActivationIdle"));
    }

    [Fact]
    public async Task DeactivateOnIdle_CalledInATurn_DeactivatesAfterItAndReactivatesOnNextCall()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("bye");
        await grain.Ping();

        await grain.Deactivate();

        Assert.True(await silo.Probe.WaitFor("deactivate:bye:ApplicationRequested"));
        Assert.Equal(1, await grain.Ping());
        Assert.Equal(2, silo.Probe.Count("activate:bye"));
    }

    [Fact]
    public async Task OnActivateAsync_PersistentState_IsLoadedBeforeActivation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IPersistentCounterGrain>("loaded");
        await grain.Increment();
        await grain.Save();

        silo.Services.GetRuntime().GetActivation("persistentcounter", "loaded")!.StartDeactivation(default);
        Assert.True(await silo.Probe.WaitFor("flushed:loaded:1"));
        var value = await grain.Increment();

        Assert.Equal(2, value);
        Assert.Contains("loaded:loaded:1", silo.Probe.Events);
    }

    [Fact]
    public async Task Save_StaleEtag_ThrowsToCallerAndDeactivatesSoTheNextCallReadsFreshState()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IPersistentCounterGrain>("stale");
        await grain.Increment();
        await grain.Save();
        var storage = silo.Services.GetKeyedStorage("store");
        var outside = new TestGrainState<CounterState>();
        await storage.ReadStateAsync("counter", new GrainId("persistentcounter", "stale"), outside);
        outside.State = new CounterState { Value = 100 };
        await storage.WriteStateAsync("counter", new GrainId("persistentcounter", "stale"), outside);
        await grain.Increment();

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Save());

        Assert.True(await silo.Probe.WaitFor("deactivating:stale:ApplicationError"));
        Assert.Equal(101, await grain.Increment());
    }

    [Fact]
    public async Task Increment_ArrivesWhileDeactivating_RunsOnAFreshActivationAfterTheFlush()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IPersistentCounterGrain>("handover");
        for (var i = 0; i < 3; i++)
        {
            await grain.Increment();
        }

        await grain.DeactivateSlowly();
        var during = await Task.WhenAll(grain.Increment(), grain.Increment());

        Assert.Equal([4, 5], during);
        Assert.Contains("flushed:handover:3", silo.Probe.Events);
        Assert.Contains("loaded:handover:3", silo.Probe.Events);
    }

    [Fact]
    public async Task OnActivateAsync_Throws_CallerGetsTheErrorAndTheNextCallActivatesAgain()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IFragileGrain>("fragile");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Hello());
        var second = await grain.Hello();

        Assert.Equal("first activation fails", error.Message);
        Assert.Equal("hello", second);
        Assert.Equal(2, silo.Probe.Count("attempt:fragile"));
    }
}
