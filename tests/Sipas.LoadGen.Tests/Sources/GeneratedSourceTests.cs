using Sipas.Grains.Questionnaires;
using Sipas.Grains.Simulation;
using Sipas.Grains.Units;
using Sipas.LoadGen.Sending;
using Sipas.LoadGen.Sources;

namespace Sipas.LoadGen.Tests.Sources;

public sealed class GeneratedSourceTests
{
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();
    private static readonly DateTimeOffset Start = new(2025, 9, 1, 2, 0, 0, TimeSpan.Zero);

    private static GeneratedSource Source(RateSchedule schedule, DateTimeOffset origin, DateTimeOffset end, bool spread, double duplicates = 0) =>
        new(new ResponseStream(Tree, QuestionnaireCatalog.Embedded, Scenario.Default, 3, origin), schedule, end, spread, duplicates, 3);

    [Fact]
    public void Next_Live_ServedAtWithinTheBatchSliceBeforeItsSend()
    {
        var schedule = new RateSchedule(100, 50, 1_000);
        var source = Source(schedule, Start, Start + schedule.Length, spread: false);

        var batches = schedule.Batches().Select(b => (Batch: b, Items: source.Next(b))).ToList();

        Assert.All(batches, b => Assert.Equal(b.Batch.Count, b.Items.Count));
        Assert.All(batches, b => Assert.All(b.Items, i => Assert.InRange(i.Response.ServedAt, Start + b.Batch.Opens(100), Start + b.Batch.Due)));
        Assert.Equal(1_000, batches.SelectMany(b => b.Items).Select(i => i.Response.Id).Distinct().Count());
    }

    [Fact]
    public void Next_Backfill_SpreadOverThePeriodByOfficeHours()
    {
        var schedule = new RateSchedule(1_000, 500, 20_000);
        var (from, to) = (Start.AddDays(-28), Start);
        var source = Source(schedule, from, to, spread: true);

        var items = schedule.Batches().SelectMany(source.Next).ToList();

        Assert.All(items, i => Assert.InRange(i.Response.ServedAt, from, to));
        var weekday = items.Count(i => i.Response.ServedAt.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.InRange(weekday / (double)items.Count, 0.9, 1.0);
        Assert.InRange(items.Select(i => i.Response.ServedAt.Date).Distinct().Count(), 27, 29);
    }

    [Fact]
    public void Next_Duplicates_ResendsOnlyAcceptedItemsMarkedAsExpected()
    {
        var schedule = new RateSchedule(1_000, 500, 5_000);
        var source = Source(schedule, Start, Start.AddSeconds(5), spread: false, duplicates: 0.25);
        var first = source.Next(schedule[0]);
        source.Accepted(first.Take(100));

        var second = source.Next(schedule[1]);

        var resends = second.Where(i => i.ExpectDuplicate).ToList();
        Assert.DoesNotContain(first, i => i.ExpectDuplicate);
        Assert.InRange(resends.Count, 90, 160);
        Assert.All(resends, r => Assert.Contains(first.Take(100), i => i.Response == r.Response));
        Assert.Equal(500, second.Count);
    }

    [Fact]
    public void Notes_BatchCoveringMinute45_ReportsTheReorganisationMarker()
    {
        var schedule = new RateSchedule(1, 1, 3_600);
        var source = Source(schedule, Start, Start + schedule.Length, spread: false);

        var notes = schedule.Batches().SelectMany(source.Notes).ToList();

        Assert.Contains("merge-01002-into-01001", Assert.Single(notes), StringComparison.Ordinal);
    }
}
