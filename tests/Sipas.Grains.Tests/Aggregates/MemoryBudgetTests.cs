using Sipas.Grains.Aggregates;
using Sipas.Grains.Units;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Aggregates;

/// <summary>
/// The layout behind the memory requirement (the whole 2025 tree with two years of daily history fits in 1 GiB), as
/// the histories report their own size: one fully populated leaf and one wide parent, multiplied out over the tree.
/// The heap itself is measured by <c>bench/memory.sh</c> (figures in BENCHMARKS.md), not here.
/// </summary>
public sealed class MemoryBudgetTests
{
    private const long OneGiB = 1L << 30;
    private static readonly DateTimeOffset Now = new(2027, 7, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Query_TwoYearsDaily_CountsEveryDay()
    {
        var clock = new FakeTimeProvider(Now);
        var history = TwoYearsDaily(clock, extraPerDay: 0);

        var days = history.Query(WindowSpec.Parse("2025-06-30..2027-07-01")).Count("HL", 5);

        Assert.Equal(732, days);
    }

    [Fact]
    public void ApproximateByteSize_WideParentRows_LargerThanNarrowLeafRows()
    {
        var clock = new FakeTimeProvider(Now);

        var leaf = TwoYearsDaily(clock, extraPerDay: 0).ApproximateByteSize();
        var parent = TwoYearsDaily(clock, extraPerDay: 256).ApproximateByteSize();

        Assert.True(parent > leaf, $"parent {parent} B, leaf {leaf} B");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ApproximateByteSize_Whole2025TreeTwoYearsDaily_UnderOneGiB(bool saturatedLoadTest)
    {
        var clock = new FakeTimeProvider(Now);
        var units = UnitTreeLoader.Load2025().Active.ToList();
        var parentCount = units.Count(u => !u.TakesResponses || u.Code.EndsWith(".TTHCC", StringComparison.Ordinal));
        var leaf = TwoYearsDaily(clock, extraPerDay: 0);
        if (saturatedLoadTest)
        {
            leaf.Add(Saturated(clock));
        }

        var parent = TwoYearsDaily(clock, extraPerDay: 256);

        var total = ((units.Count - parentCount) * leaf.ApproximateByteSize()) + (parentCount * parent.ApproximateByteSize());

        Assert.InRange(units.Count, 4_300, 4_500);
        Assert.InRange(total, 1, OneGiB);
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
