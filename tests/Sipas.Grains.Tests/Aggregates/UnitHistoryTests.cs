using Sipas.Grains.Aggregates;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class UnitHistoryTests
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private static long Count(UnitHistory history, string window) => history.Query(WindowSpec.Parse(window)).Responses;

    [Fact]
    public void Query_AfterAdd_EveryWindowCountsTheResponse()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);

        history.Add(TestResponses.AllCriteria(clock.GetUtcNow().AddMinutes(-1), 5, overall: 4));

        foreach (var window in new[] { "15m", "1h", "24h", "7d", "30d", "90d", "month", "quarter", "year", "all", "2025-09-10..2025-09-10" })
        {
            var tally = history.Query(WindowSpec.Parse(window));
            Assert.Equal(1, tally.Responses);
            Assert.Equal(1, tally.Count("TC1", 5));
            Assert.Equal(1, tally.Count("HL", 4));
        }
    }

    [Fact]
    public void Query_HourBoundary_OneHourWindowRollsOverButTwentyFourHoursKeeps()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 10, 2, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 4));

        clock.Advance(TimeSpan.FromMinutes(56));
        var at1058 = Count(history, "1h");
        clock.Advance(TimeSpan.FromMinutes(7));
        var at1105 = Count(history, "1h");

        Assert.Equal(1, at1058);
        Assert.Equal(0, at1105);
        Assert.Equal(1, Count(history, "24h"));
        Assert.Equal(0, Count(history, "15m"));
    }

    [Fact]
    public void Query_FiveMinuteSlotReused_OldCountsDoNotBleedIn()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 10, 2, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 4));

        clock.Advance(TimeSpan.FromHours(2));
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 1));

        var lastHour = history.Query(WindowSpec.Parse("1h"));
        Assert.Equal(1, lastHour.Responses);
        Assert.Equal(0, lastHour.Count("TC1", 4));
        Assert.Equal(2, Count(history, "24h"));
        Assert.Equal(2, Count(history, "all"));
    }

    [Fact]
    public void Query_2330UtcIsTheNextDayInHanoi()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 16, 30, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(new DateTimeOffset(2025, 9, 1, 16, 30, 0, TimeSpan.Zero), 5));

        clock.SetUtcNow(new DateTimeOffset(2025, 9, 1, 23, 30, 0, TimeSpan.Zero));
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 1));

        Assert.Equal(1, Count(history, "2025-09-01..2025-09-01"));
        Assert.Equal(1, Count(history, "2025-09-02..2025-09-02"));
        Assert.Equal(0, history.Query(WindowSpec.Parse("2025-09-02..2025-09-02")).Count("TC1", 5));
        Assert.Equal(2, Count(history, "7d"));
    }

    [Fact]
    public void Query_MonthBoundaryInHanoi_MonthRollsOverThirtyDaysKeeps()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 31, 16, 59, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 5));
        var before = Count(history, "month");

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, before);
        Assert.Equal(0, Count(history, "month"));
        Assert.Equal(1, Count(history, "30d"));
        Assert.Equal(1, Count(history, "quarter"));
    }

    [Fact]
    public void Query_QuarterAndYearBoundaries_RollOverAtHanoiMidnight()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 5));
        var (quarterBefore, yearBefore) = (Count(history, "quarter"), Count(history, "year"));

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal((1, 1), (quarterBefore, yearBefore));
        Assert.Equal((0L, 0L), (Count(history, "quarter"), Count(history, "year")));
        Assert.Equal(1, Count(history, "2025-12-31..2026-01-01"));
        Assert.Equal(1, Count(history, "90d"));
    }

    [Fact]
    public void Query_ThreeYearsLater_DailyHistoryAgedOutButAllTimeKept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 5));

        clock.Advance(TimeSpan.FromDays(700));
        var twoYearsOn = Count(history, "2025-09-10..2025-09-10");
        clock.Advance(TimeSpan.FromDays(400));
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 2));

        Assert.Equal(1, twoYearsOn);
        Assert.Equal(0, Count(history, "2025-09-10..2025-09-10"));
        Assert.Equal(2, Count(history, "all"));
        Assert.Equal(1, Count(history, "year"));
    }

    [Fact]
    public void Add_ResponseOlderThanTheFineRings_CountedInDaysAndTotalOnly()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 5));

        history.Add(TestResponses.AllCriteria(clock.GetUtcNow().AddDays(-3), 5));

        Assert.Equal(1, Count(history, "24h"));
        Assert.Equal(2, Count(history, "7d"));
        Assert.Equal(2, Count(history, "all"));
    }

    [Fact]
    public void Subtract_ChildHistory_ParentEqualsTheOtherChildInEveryWindow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var random = new Random(5);
        var parent = new UnitHistory(TestResponses.Sipas2017, clock);
        var moving = new UnitHistory(TestResponses.Sipas2017, clock);
        var staying = new UnitHistory(TestResponses.Sipas2017, clock);
        for (var i = 0; i < 2_000; i++)
        {
            var response = TestResponses.Random(random, clock.GetUtcNow() - TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 400)));
            parent.Add(response);
            (random.Next(2) == 0 ? moving : staying).Add(response);
        }

        parent.Subtract(moving);

        foreach (var window in new[] { "15m", "1h", "24h", "7d", "30d", "90d", "month", "quarter", "year", "all", "2024-09-01..2025-03-01" })
        {
            Assert.Equal(staying.Query(WindowSpec.Parse(window)), parent.Query(WindowSpec.Parse(window)));
        }
    }

    [Fact]
    public void Add_History_EqualsAddingItsResponses()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var random = new Random(9);
        var direct = new UnitHistory(TestResponses.Sipas2017, clock);
        var child = new UnitHistory(TestResponses.Sipas2017, clock);
        for (var i = 0; i < 500; i++)
        {
            var response = TestResponses.Random(random, clock.GetUtcNow() - TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 40)));
            direct.Add(response);
            child.Add(response);
        }

        var pooled = new UnitHistory(TestResponses.Sipas2017, clock);
        pooled.Add(child);

        Assert.Equal(direct.Query(WindowSpec.Parse("30d")), pooled.Query(WindowSpec.Parse("30d")));
        Assert.Equal(direct.Query(WindowSpec.Parse("24h")), pooled.Query(WindowSpec.Parse("24h")));
        Assert.Equal(direct.Total(), pooled.Total());
    }

    [Fact]
    public void Subtract_NeverAdded_ThrowsAndChangesNothing()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var parent = new UnitHistory(TestResponses.Sipas2017, clock);
        var stranger = new UnitHistory(TestResponses.Sipas2017, clock);
        parent.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 5));
        stranger.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 1));

        var act = () => parent.Subtract(stranger);

        Assert.Throws<InvalidOperationException>(act);
        Assert.Equal(1, parent.Total().Count("TC1", 5));
        Assert.Equal(1, Count(parent, "1h"));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(70_000)]
    public void Add_ManyIdenticalAnswersInOneBucket_CountsStayExactPastByteAndShortRange(int responses)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        var bytesBefore = history.ApproximateByteSize();
        var response = TestResponses.Make(clock.GetUtcNow(), new Dictionary<string, int> { ["TC1"] = 5 });

        for (var i = 0; i < responses; i++)
        {
            history.Add(response);
        }

        Assert.Equal(responses, history.Query(WindowSpec.Parse("15m")).Count("TC1", 5));
        Assert.Equal(responses, history.Query(WindowSpec.Parse("7d")).Count("TC1", 5));
        Assert.True(history.ApproximateByteSize() > bytesBefore);
    }

    [Fact]
    public void FromBytes_ToBytes_RestoresAnEqualHistory()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var random = new Random(13);
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        for (var i = 0; i < 3_000; i++)
        {
            history.Add(TestResponses.Random(random, clock.GetUtcNow() - TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 800))));
        }

        var bytes = history.ToBytes();
        var restored = UnitHistory.FromBytes(bytes, TestResponses.Sipas2017, clock);

        foreach (var window in new[] { "15m", "1h", "24h", "7d", "90d", "year", "all", "2024-01-01..2025-09-10" })
        {
            Assert.Equal(history.Query(WindowSpec.Parse(window)), restored.Query(WindowSpec.Parse(window)));
        }

        clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(history.Query(WindowSpec.Parse("90d")), restored.Query(WindowSpec.Parse("90d")));
    }

    [Fact]
    public void FromBytes_OtherQuestionnaireOrTruncated_InvalidData()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        history.Add(TestResponses.AllCriteria(clock.GetUtcNow(), 5));
        var bytes = history.ToBytes();

        Assert.Throws<InvalidDataException>(() => UnitHistory.FromBytes(bytes, TestResponses.Sipas2023, clock));
        Assert.Throws<InvalidDataException>(() => UnitHistory.FromBytes(bytes[..(bytes.Length / 2)], TestResponses.Sipas2017, clock));
    }

    [Theory]
    [InlineData("1h", true)]
    [InlineData("24h", true)]
    [InlineData("year", true)]
    [InlineData("all", true)]
    [InlineData("2024-09-01..2024-09-30", true)]
    [InlineData("2023-09-01..2023-09-30", false)]
    public void Covers_Windows_FalseOnlyPastTheRetention(string window, bool expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 10, 3, 0, 0, TimeSpan.Zero));
        var history = new UnitHistory(TestResponses.Sipas2017, clock);

        var covers = history.Covers(WindowSpec.Parse(window).Resolve(clock.GetUtcNow()));

        Assert.Equal(expected, covers);
    }

    [Fact]
    public void Constructor_ZeroBuckets_Throws()
    {
        var options = new HistoryOptions { HourBuckets = 0 };

        var act = () => new UnitHistory(TestResponses.Sipas2017, new FakeTimeProvider(), options);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }
}
