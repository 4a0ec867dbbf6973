using Sipas.Grains.Aggregates;
using Sipas.Grains.Units;
using Sipas.Testing;
using Xunit.Abstractions;

namespace Sipas.Grains.Tests.Aggregates;

/// <summary>
/// The hard memory requirement: the whole 2025 tree with two years of daily history fully populated fits in 1 GiB.
/// Every day of every unit holds data; every row of the parents (nation, provinces, service centres) holds counts
/// past 255 and so is wide. The second case adds a saturated load test on top: every leaf's 5-minute, hourly and
/// today's daily rows also pass 255 (as at 50,000 responses/s spread over the leaves).
/// </summary>
public sealed class MemoryBudgetTests(ITestOutputHelper output)
{
    private const long OneGiB = 1L << 30;
    private static readonly DateTimeOffset Now = new(2027, 7, 1, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void History_Whole2025TreeTwoYearsDaily_FitsInOneGiB(bool saturatedLoadTest)
    {
        var clock = new FakeTimeProvider(Now);
        var units = UnitTreeLoader.Load2025().Active.ToList();
        var leaf = TwoYearsDaily(clock, extraPerDay: 0);
        var parent = TwoYearsDaily(clock, extraPerDay: 256);
        var hot = Saturated(clock);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var histories = new List<UnitHistory>(units.Count);
        foreach (var unit in units)
        {
            var history = new UnitHistory(TestResponses.Sipas2017, clock);
            var isParent = !unit.TakesResponses || unit.Code.EndsWith(".TTHCC", StringComparison.Ordinal);
            history.Add(isParent ? parent : leaf);
            if (saturatedLoadTest && !isParent)
            {
                history.Add(hot);
            }

            histories.Add(history);
        }

        var measured = GC.GetTotalMemory(forceFullCollection: true) - before;
        var reported = histories.Sum(h => h.ApproximateByteSize());
        output.WriteLine($"units={units.Count} measured={measured:N0} B reported={reported:N0} B per-unit={reported / units.Count:N0} B");
        Assert.Equal(732, histories[^1].Query(WindowSpec.Parse("2025-06-30..2027-07-01")).Count("HL", 5));
        Assert.InRange(units.Count, 4_300, 4_500);
        Assert.InRange(reported, 1, OneGiB);
        Assert.InRange(measured, 1, OneGiB);
        GC.KeepAlive(histories);
    }

    /// <summary>One full response (every criterion, overall 5) on each of 732 days, plus <paramref name="extraPerDay"/> single answers.</summary>
    private static UnitHistory TwoYearsDaily(FakeTimeProvider clock, int extraPerDay)
    {
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        var full = TestResponses.AllCriteria(Now, 4, overall: 5);
        var single = TestResponses.Make(Now, new Dictionary<string, int> { ["TC1"] = 5 });
        for (var day = 731; day >= 0; day--)
        {
            history.Add(full with { ServedAt = Now.AddDays(-day) });
            for (var i = 0; i < extraPerDay; i++)
            {
                history.Add(single with { ServedAt = Now.AddDays(-day) });
            }
        }

        return history;
    }

    /// <summary>256 answers to TC1 in each of the last 24 five-minute buckets and each of the last 48 hours.</summary>
    private static UnitHistory Saturated(FakeTimeProvider clock)
    {
        var history = new UnitHistory(TestResponses.Sipas2017, clock);
        var single = TestResponses.Make(Now, new Dictionary<string, int> { ["TC1"] = 5 });
        var instants = Enumerable.Range(0, 24).Select(i => Now.AddMinutes(-5 * i))
            .Concat(Enumerable.Range(2, 46).Select(i => Now.AddHours(-i)));
        foreach (var instant in instants)
        {
            for (var i = 0; i < 256; i++)
            {
                history.Add(single with { ServedAt = instant });
            }
        }

        return history;
    }
}
