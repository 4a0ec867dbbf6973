using Sipas.Runtime.Tests.Grains;
using Sipas.Testing;

namespace Sipas.Runtime.Tests.Core;

public sealed class GrainTimerTests
{
    [Fact]
    public async Task Tick_WhileCallsRun_NeverOverlapsACallOrItself()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("ticking");
        await grain.Start(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10));

        for (var i = 0; i < 30; i++)
        {
            await Task.WhenAll(grain.Busy(TimeSpan.FromMilliseconds(5)), grain.Busy(TimeSpan.FromMilliseconds(3)));
        }

        var (ticks, overlaps) = await grain.Stats();
        Assert.True(ticks > 0, "the timer should have ticked");
        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task Dispose_Timer_StopsTicking()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("stopping");
        await grain.Start(TimeSpan.FromMilliseconds(5), TimeSpan.Zero);
        for (var i = 0; i < 100 && (await grain.Stats()).Ticks < 3; i++)
        {
            await Task.Delay(10);
        }

        await grain.Stop();
        var atStop = (await grain.Stats()).Ticks;
        await Task.Delay(100);

        Assert.True(atStop >= 3);
        Assert.Equal(atStop, (await grain.Stats()).Ticks);
    }

    [Fact]
    public async Task Change_CalledByAOneShotTimersOwnCallback_ReArmsIt()
    {
        var clock = new FakeTimeProvider();
        await using var silo = await TestSilo.StartAsync(clock);
        var grain = silo.Grains.GetGrain<ITimerGrain>("oneshot");
        await grain.StartOneShot(TimeSpan.FromSeconds(10), times: 3, hold: TimeSpan.Zero);

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(20);
        }

        for (var i = 0; i < 200 && (await grain.Stats()).Ticks < 3; i++)
        {
            await Task.Delay(10);
        }

        var afterThree = (await grain.Stats()).Ticks;
        clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(20);

        Assert.Equal(3, afterThree);
        Assert.Equal(3, (await grain.Stats()).Ticks);
    }

    [Fact]
    public async Task Change_FallsDueDuringTheTick_RunsAfterItInsteadOfBeingLost()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("rearm-now");

        await grain.StartOneShot(TimeSpan.Zero, times: 4, hold: TimeSpan.FromMilliseconds(20));
        for (var i = 0; i < 200 && (await grain.Stats()).Ticks < 4; i++)
        {
            await Task.Delay(10);
        }

        var (ticks, overlaps) = await grain.Stats();
        Assert.Equal(4, ticks);
        Assert.Equal(0, overlaps);
    }
}
