using Sipas.Runtime.Configuration;
using Sipas.Runtime.Hosting;
using Sipas.Runtime.Tests.Grains;

namespace Sipas.Runtime.Tests.Core;

public sealed class GrainRuntimeTests
{
    [Fact]
    public async Task Ping_CallCycleBetweenNonReentrantGrains_TimesOutNamingGrainsAndMethod()
    {
        await using var silo = await TestSilo.StartAsync();
        var a = silo.Grains.GetGrain<ICycleGrain>("a");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => a.Ping("b"));

        Assert.Contains("Pong", error.Message, StringComparison.Ordinal);
        Assert.Contains("cycle/a", error.Message, StringComparison.Ordinal);
        Assert.Contains("cycle/b", error.Message, StringComparison.Ordinal);
        Assert.Contains("call cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_GlobalResponseTimeout_AppliesToMethodsWithoutTheirOwn()
    {
        await using var silo = await TestSilo.StartAsync(configure: s => s.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(200)));
        var timer = silo.Grains.GetGrain<ITimerGrain>("slow");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => timer.Busy(TimeSpan.FromSeconds(2)));

        Assert.Contains("ITimerGrain.Busy", error.Message, StringComparison.Ordinal);
        Assert.Contains("timer/slow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_OneWayMessages_ArriveInOrderPerSender()
    {
        await using var silo = await TestSilo.StartAsync();
        var receiver = silo.Grains.GetGrain<IOneWayGrain>("receiver");
        var senders = Enumerable.Range(0, 4).Select(i => silo.Grains.GetGrain<IOneWayGrain>("sender" + i)).ToArray();

        await Task.WhenAll(senders.Select(s => s.SendMany("receiver", 2_000)));
        await Task.Delay(100);
        for (var i = 0; i < 50 && (await receiver.Received("sender3")).Length < 2_000; i++)
        {
            await Task.Delay(20);
        }

        for (var i = 0; i < senders.Length; i++)
        {
            Assert.Equal(Enumerable.Range(0, 2_000), await receiver.Received("sender" + i));
        }
    }

    [Fact]
    public async Task Explode_OneWayMethodThrows_CallerGetsCompletedTaskAndGrainStaysUsable()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IOneWayGrain>("explode");

        var call = grain.Explode();

        Assert.True(call.IsCompletedSuccessfully);
        Assert.Empty(await grain.Received("nobody"));
    }

    [Fact]
    public async Task StopAsync_PendingState_IsFlushedByEveryActivation()
    {
        var silo = await TestSilo.StartAsync();
        var storage = silo.Services.GetKeyedStorage("store");
        for (var i = 0; i < 10; i++)
        {
            var grain = silo.Grains.GetGrain<IPersistentCounterGrain>("flush" + i);
            await grain.Increment();
            await grain.Increment();
        }

        await silo.StopAsync();

        for (var i = 0; i < 10; i++)
        {
            var state = new TestGrainState<CounterState>();
            await storage.ReadStateAsync("counter", new GrainId("persistentcounter", "flush" + i), state);
            Assert.Equal(2, state.State.Value);
        }

        await silo.DisposeAsync();
    }

    [Fact]
    public async Task GetGrain_InterfaceWithoutRegisteredClass_ThrowsClearError()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => silo.Grains.GetGrain<IUnimplementedGrain>("x"));

        Assert.Contains("AddGrain", error.Message, StringComparison.Ordinal);
    }
}
