using Sipas.Grains.Aggregates;
using Sipas.Grains.Rankings;

namespace Sipas.Grains.Tests.Rankings;

public sealed class RankingCalculatorTests
{
    [Fact]
    public void Rank_TiedValues_CompetitionRanking()
    {
        var entries = RankingCalculator.Rank(
        [
            ("A", new Measure(90, 85, 94, 100), 100),
            ("B", new Measure(80, 75, 85, 100), 100),
            ("C", new Measure(90, 85, 94, 100), 100),
            ("D", new Measure(70, 65, 75, 100), 100),
        ], minimumSample: 30);

        Assert.Equal(["A", "C", "B", "D"], entries.Select(e => e.Unit));
        Assert.Equal([1, 1, 3, 4], entries.Select(e => e.Rank!.Value));
    }

    [Fact]
    public void Rank_UnderMinimumSample_ListedLastAsInsufficientAndUnranked()
    {
        var entries = RankingCalculator.Rank(
        [
            ("A", new Measure(100, 72, 100, 10), 10),
            ("B", new Measure(80, 75, 85, 100), 100),
        ], minimumSample: 30);

        Assert.Equal(["B", "A"], entries.Select(e => e.Unit));
        Assert.True(entries[1].Insufficient);
        Assert.Null(entries[1].Rank);
        Assert.Equal(1, entries[0].Rank);
    }

    [Fact]
    public void Rank_OverlappingIntervals_BandCoversTheRanksTheIntervalsAllow()
    {
        var entries = RankingCalculator.Rank(
        [
            ("A", new Measure(92, 90, 94, 500), 500),
            ("B", new Measure(88, 84, 91, 500), 500),
            ("C", new Measure(86, 83, 89, 500), 500),
            ("D", new Measure(60, 55, 65, 500), 500),
        ], minimumSample: 30);

        // A overlaps B (B.High 91 ≥ A.Low 90): A may be 1st or 2nd. C overlaps B only: 2nd or 3rd. D is surely last.
        Assert.Equal([(1, 2), (1, 3), (2, 3), (4, 4)], entries.Select(e => (e.RankLow!.Value, e.RankHigh!.Value)));
    }
}
