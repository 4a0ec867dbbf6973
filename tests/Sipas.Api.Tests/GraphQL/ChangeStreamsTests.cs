using Sipas.Api.GraphQL.Units;
using Sipas.Grains.Live;
using Sipas.Testing;

namespace Sipas.Api.Tests.GraphQL;

public sealed class ChangeStreamsTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Coalesce_BurstWithinTheInterval_OneEventWithTheLatest()
    {
        var clock = new FakeTimeProvider();
        var feed = new ChangeFeed();
        await using var stream = ChangeStreams.Coalesce(feed.Subscribe(), "01", Interval, clock, () => true).GetAsyncEnumerator();
        feed.Publish(Change("01", 1));
        Assert.True(await stream.MoveNextAsync());

        var next = stream.MoveNextAsync();
        for (var i = 2; i <= 50; i++)
        {
            feed.Publish(Change("01", i));
            feed.Publish(Change("79", i));
        }

        await WaitUntilAsync(() => next.IsCompleted, () => clock.Advance(Interval));

        Assert.True(await next);
        Assert.Equal(("01", 50L), (stream.Current.Unit, stream.Current.Responses));
    }

    [Fact]
    public async Task Coalesce_OtherUnitsInterleaved_OnlyTheUnitsChange()
    {
        var clock = new FakeTimeProvider();
        var feed = new ChangeFeed();
        using var stop = new CancellationTokenSource();
        await using var stream = ChangeStreams.Coalesce(feed.Subscribe(), "01", Interval, clock, () => true, stop.Token).GetAsyncEnumerator();

        var next = stream.MoveNextAsync().AsTask();
        feed.Publish(Change("79", 1));
        feed.Publish(Change("01001", 1));
        feed.Publish(Change("01", 7));

        Assert.True(await next);
        Assert.Equal(("01", 7L), (stream.Current.Unit, stream.Current.Responses));
    }

    [Fact]
    public async Task Filter_RankingChanges_OnlyTheParents()
    {
        var feed = new RankingFeed();
        await using var stream = ChangeStreams.Filter(feed.Subscribe(), "01", () => true).GetAsyncEnumerator();

        var next = stream.MoveNextAsync().AsTask();
        feed.Publish(new RankingChanged("79", "30d", "sipas", [], ["79001"], Start));
        feed.Publish(new RankingChanged("01", "30d", "sipas", [], ["01001", "01002"], Start));

        Assert.True(await next);
        Assert.Equal("01", stream.Current.Parent);
    }

    [Fact]
    public async Task Coalesce_NoLongerAllowed_Completes()
    {
        var clock = new FakeTimeProvider();
        var feed = new ChangeFeed();
        var allowed = true;
        await using var stream = ChangeStreams.Coalesce(feed.Subscribe(), "01", TimeSpan.Zero, clock, () => allowed).GetAsyncEnumerator();
        feed.Publish(Change("01", 1));
        Assert.True(await stream.MoveNextAsync());

        allowed = false;
        feed.Publish(Change("01", 2));

        Assert.False(await stream.MoveNextAsync());
    }

    private static readonly DateTimeOffset Start = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static UnitChanged Change(string unit, long responses) => new(unit, 1, responses, Start);

    /// <summary>Advances the fake clock until the stream answers (the coalescing delay may start before or after an advance).</summary>
    private static async Task WaitUntilAsync(Func<bool> done, Action advance)
    {
        await Task.Yield();
        advance();
        for (var attempt = 0; attempt < 600 && !done(); attempt++)
        {
            await Task.Delay(50);
            advance();
        }
    }
}
