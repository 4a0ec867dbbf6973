using Sipas.Runtime.Tests.Grains;

namespace Sipas.Runtime.Tests.Core;

public sealed class ActivationTests
{
    [Fact]
    public async Task Increment_MillionFromManyConcurrentCallers_EndsExactWithoutOverlap()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ICounterGrain>("hot");
        const int callers = 64;
        const int perCaller = 1_000_000 / callers;

        await Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            for (var n = 0; n < perCaller; n++)
            {
                if (n % 2 == 0)
                {
                    await grain.Increment();
                }
                else
                {
                    await grain.IncrementValue();
                }
            }
        })));

        Assert.Equal(callers * perCaller, await grain.Get());
        Assert.Equal(0, await grain.Overlaps());
    }

    [Fact]
    public async Task Read_ReadOnlyCalls_Interleave()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IInterleavingGrain>("reads");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => grain.Read(TimeSpan.FromMilliseconds(100))));

        var stats = await grain.Stats();
        Assert.True(stats.MaxReaders > 1, $"read-only calls should interleave, max readers {stats.MaxReaders}");
        Assert.Equal(1, stats.MaxThreads);
    }

    [Fact]
    public async Task Write_PlainCallsAmongReads_NeverInterleave()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IInterleavingGrain>("writes");

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => i % 3 == 0
            ? grain.Write(TimeSpan.FromMilliseconds(20))
            : grain.Read(TimeSpan.FromMilliseconds(20))));

        var stats = await grain.Stats();
        Assert.Equal(1, stats.MaxWriters);
        Assert.Equal(1, stats.MaxThreads);
    }

    [Fact]
    public async Task Peek_AlwaysInterleave_RunsWhileAWriteIsInProgress()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IInterleavingGrain>("peek");
        var write = grain.Write(TimeSpan.FromSeconds(1));
        await Task.Delay(50);

        var writersSeen = await grain.Peek();

        await write;
        Assert.Equal(1, writersSeen);
    }

    [Fact]
    public async Task Work_ReentrantClass_CallsInterleaveOnOneThreadAtATime()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IReentrantGrain>("reentrant");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => grain.Work(TimeSpan.FromMilliseconds(80)))));

        var (maxInProgress, maxThreads) = await grain.Stats();
        Assert.True(maxInProgress > 1, $"a [Reentrant] grain's calls should interleave, max in progress {maxInProgress}");
        Assert.Equal(1, maxThreads);
    }

    [Fact]
    public async Task Fail_GrainThrows_ExceptionReachesCallerAndActivationStaysUsable()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ILifecycleGrain>("faulty");
        await grain.Ping();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Fail("boom"));

        Assert.Equal("boom", error.Message);
        Assert.Equal(2, await grain.Ping());
        Assert.Equal(1, silo.Probe.Count("activate:faulty"));
    }

    [Fact]
    public async Task GetGrain_SameKeyTwice_ReferencesAreEqualAndShareTheActivation()
    {
        await using var silo = await TestSilo.StartAsync();

        var first = silo.Grains.GetGrain<ICounterGrain>("same");
        var second = silo.Grains.GetGrain<ICounterGrain>("same");
        await first.Increment();

        Assert.Equal(first, second);
        Assert.Equal("same", second.GetPrimaryKeyString());
        Assert.Equal(1, await second.Get());
    }
}
