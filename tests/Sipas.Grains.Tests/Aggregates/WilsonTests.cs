using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class WilsonTests
{
    // Reference values computed independently in Python:
    //   z = 1.959963984540054
    //   def wilson(x, n):
    //       p = x / n; d = 1 + z*z/n; c = (p + z*z/(2*n)) / d
    //       h = z * sqrt(p*(1-p)/n + z*z/(4*n*n)) / d
    //       return 100*(c-h), 100*(c+h)
    [Theory]
    [InlineData(26, 31, 83.8710, 67.3656, 92.9074)]
    [InlineData(0, 10, 0.0, 0.0, 27.7533)]
    [InlineData(10, 10, 100.0, 72.2467, 100.0)]
    [InlineData(81, 263, 30.7985, 25.5289, 36.6210)]
    public void Interval_KnownCases_MatchReference(long successes, long n, double value, double low, double high)
    {
        var measure = Wilson.Interval(successes, n);

        Assert.Equal(value, measure.Value, 4);
        Assert.Equal(low, measure.Low, 4);
        Assert.Equal(high, measure.High, 4);
        Assert.Equal(n, measure.N);
    }

    [Fact]
    public void Interval_NoData_EmptyMeasure()
    {
        var measure = Wilson.Interval(0, 0);

        Assert.False(measure.HasData);
        Assert.Equal(Measure.Empty, measure);
    }

    [Fact]
    public void Interval_MoreSuccessesThanTrials_Throws()
    {
        var act = () => Wilson.Interval(5, 4);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }
}
