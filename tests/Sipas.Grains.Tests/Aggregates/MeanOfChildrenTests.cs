using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class MeanOfChildrenTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_TwoChildrenOfDifferentSize_PlainMeanNotPooled()
    {
        var q = TestResponses.Sipas2017;
        var small = new TallyBuilder(q).Add(TestResponses.AllCriteria(At, 5)).ToTally();
        var large = Enumerable.Range(0, 9).Aggregate(new TallyBuilder(q), (b, _) => b.Add(TestResponses.AllCriteria(At, 1))).ToTally();

        var mean = MeanOfChildren.Compute([IndexCalculator.Compute(small, q), IndexCalculator.Compute(large, q)]);
        var pooled = IndexCalculator.Compute(small.Add(large), q);

        Assert.Equal(50.0, mean.Sipas.Value, 10);
        Assert.Equal(10.0, pooled.Sipas.Value, 10);
        Assert.Equal(10, mean.Responses);
        Assert.Equal(50.0, mean.Factor("access")!.Criteria[0].Index.Value, 10);
    }

    [Fact]
    public void Mean_PublishedNational2023Factors_PlainArithmeticMean()
    {
        // The 2023 factor values published nationally; their plain mean is 82.888, the published SIPAS 82.66 is a
        // mean over provinces, so the factor mean is only checked for the arithmetic.
        Measure[] factors = [new(83.00, 80, 86, 100), new(83.02, 80, 86, 100), new(83.12, 80, 86, 100), new(83.03, 80, 86, 100), new(82.27, 79, 85, 100)];

        var mean = MeanOfChildren.Mean(factors);

        Assert.Equal(82.888, mean.Value, 3);
        Assert.True(mean.Low < mean.Value && mean.Value < mean.High);
    }

    [Fact]
    public void Mean_DeltaMethod_IntervalNarrowsWithMoreChildren()
    {
        var child = Wilson.Interval(80, 100);

        var one = MeanOfChildren.Mean([child]);
        var four = MeanOfChildren.Mean([child, child, child, child]);

        Assert.Equal(child.High - child.Low, one.High - one.Low, 10);
        Assert.Equal((one.High - one.Low) / 2, four.High - four.Low, 10);
        Assert.Equal(400, four.N);
    }

    [Fact]
    public void Mean_ChildrenWithoutData_LeftOut()
    {
        var mean = MeanOfChildren.Mean([Measure.Empty, Wilson.Interval(9, 10)]);

        Assert.Equal(90.0, mean.Value, 10);
        Assert.Equal(10, mean.N);
    }
}
