using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Live;

public sealed class RankingGrainTests
{
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 1, 3, 0, 0, TimeSpan.Zero));
    private long _position;

    [Fact]
    public async Task ChildChanged_OrderFlipsWithinASecond_PublishedOnlyWhenTheSecondHasPassed()
    {
        await using var silo = await LiveSilo.StartAsync(Tree, _clock);
        silo.Directory.GoLive();
        using var events = silo.Services<RankingFeed>().Subscribe();
        await RecordAsync(silo, "01001", 5, 40);
        await RecordAsync(silo, "01002", 5, 30);
        await RecordAsync(silo, "01002", 1, 10);
        await FlushAsync(silo, "01001", "01002");
        var first = await NextAsync(events);

        await RecordAsync(silo, "01001", 1, 40);
        await FlushAsync(silo, "01001");
        var earlyEvent = AnyFor01(events);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var flipped = await NextAsync(events);

        Assert.Equal("01", first.Parent);
        Assert.Equal(["01001", "01002"], first.Order.Take(2));
        Assert.False(earlyEvent);
        Assert.Equal(["01002", "01001"], flipped.Order.Take(2));
        Assert.Equal(first.Order, flipped.Previous);
        Assert.Equal(_clock.GetUtcNow(), flipped.At);
    }

    [Fact]
    public async Task ChildChanged_OrderUnchanged_PublishesNothing()
    {
        await using var silo = await LiveSilo.StartAsync(Tree, _clock);
        silo.Directory.GoLive();
        using var events = silo.Services<RankingFeed>().Subscribe();
        await RecordAsync(silo, "01001", 5, 40);
        await RecordAsync(silo, "01002", 1, 40);
        await FlushAsync(silo, "01001", "01002");
        await NextAsync(events);
        _clock.Advance(TimeSpan.FromSeconds(5));

        await RecordAsync(silo, "01001", 4, 10);
        await FlushAsync(silo, "01001");
        _clock.Advance(TimeSpan.FromSeconds(5));
        await FlushAsync(silo);

        Assert.False(AnyFor01(events));
    }

    [Fact]
    public async Task GetRanking_NoChildChanged_PublishesNothing()
    {
        await using var silo = await LiveSilo.StartAsync(Tree, _clock);
        using var events = silo.Services<RankingFeed>().Subscribe();
        // Not live: units count but never flush, so no child tells the ranking grain anything.
        await RecordAsync(silo, "01001", 5, 40);

        _clock.Advance(TimeSpan.FromSeconds(10));
        await silo.Grains.GetGrain<IRankingGrain>("01").GetRanking(WindowSpec.Parse("30d"), "sipas", "sipas-2017");

        Assert.False(AnyFor01(events));
    }

    private async Task RecordAsync(LiveSilo silo, string unit, int level, int count)
    {
        var servedAt = _clock.GetUtcNow().AddHours(-1);
        var batch = Enumerable.Range(0, count)
            .Select(_ => new RecordedResponse(++_position, TestResponses.AllCriteria(servedAt, level) with { Unit = unit }))
            .ToList();
        await silo.Grains.GetGrain<IUnitGrain>(unit).Record(batch);
    }

    /// <summary>Flushes the units, then waits until the ranking of 01 has handled their notifications.</summary>
    private static async Task FlushAsync(LiveSilo silo, params string[] units)
    {
        foreach (var unit in units)
        {
            await silo.Grains.GetGrain<IUnitGrain>(unit).Flush();
        }

        await silo.Grains.GetGrain<IRankingGrain>("01").GetRanking(WindowSpec.Parse("30d"), "sipas", "sipas-2017");
    }

    // Parents further up (01 → VN) rank too, once their own flush timers fire; these tests watch province 01.
    private static async Task<RankingChanged> NextAsync(EventFeed<RankingChanged>.Subscription events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = await events.Reader.ReadAsync(timeout.Token);
            if (next.Parent == "01")
            {
                return next;
            }
        }
    }

    private static bool AnyFor01(EventFeed<RankingChanged>.Subscription events)
    {
        var any = false;
        while (events.Reader.TryRead(out var next))
        {
            any |= next.Parent == "01";
        }

        return any;
    }
}
