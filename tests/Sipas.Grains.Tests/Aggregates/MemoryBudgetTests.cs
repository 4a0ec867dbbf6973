using Sipas.Grains.Aggregates;
using Sipas.Grains.Units;
using Sipas.Testing;
using Xunit.Abstractions;

namespace Sipas.Grains.Tests.Aggregates;

/// <summary>
/// The hard memory requirement: the whole 2025 tree with two years of daily history fully populated fits in 1 GiB.
/// Every day of every unit holds data; parents (nation, provinces, service centres) hold counts wide enough to need
/// 32-bit counters. The second case also widens every leaf to 16-bit counters (more than 255 identical answers to
/// one criterion in one day), the worst case short of a leaf passing 65,535 in a day.
/// </summary>
public sealed class MemoryBudgetTests(ITestOutputHelper output)
{
    private const long OneGiB = 1L << 30;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void History_Whole2025TreeTwoYearsDaily_FitsInOneGiB(bool widenLeaves)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 7, 1, 3, 0, 0, TimeSpan.Zero));
        var units = UnitTreeLoader.Load2025().Active.ToList();
        var now = clock.GetUtcNow();
        var daily = TestResponses.AllCriteria(now, 4, overall: 5);
        var single = TestResponses.Make(now, new Dictionary<string, int> { ["TC1"] = 5 });
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var histories = new List<UnitHistory>(units.Count);
        foreach (var unit in units)
        {
            var history = new UnitHistory(TestResponses.Sipas2017, clock);
            for (var day = 731; day >= 0; day--)
            {
                history.Add(daily with { ServedAt = now.AddDays(-day) });
            }

            var widen = !unit.TakesResponses || unit.Code.EndsWith(".TTHCC", StringComparison.Ordinal) ? 70_000 : widenLeaves ? 256 : 0;
            for (var i = 0; i < widen; i++)
            {
                history.Add(single);
            }

            histories.Add(history);
        }

        var measured = GC.GetTotalMemory(forceFullCollection: true) - before;
        var reported = histories.Sum(h => h.ApproximateByteSize());
        output.WriteLine($"units={units.Count} measured={measured:N0} B reported={reported:N0} B per-unit={reported / units.Count:N0} B");
        Assert.Equal(732, histories[^1].Query(WindowSpec.Parse("2025-06-30..2027-07-01")).Responses - (widenLeaves ? 256 : 0));
        Assert.InRange(units.Count, 4_300, 4_500);
        Assert.InRange(reported, 1, OneGiB);
        Assert.InRange(measured, 1, OneGiB);
        GC.KeepAlive(histories);
    }
}
