using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class SampleSizeTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(100, 80)]
    [InlineData(1_000, 286)]
    [InlineData(1_000_000, 400)]
    public void Required_FivePercentMargin_SlovinRoundedUp(long population, long expected)
    {
        var n = SampleSize.Required(population);

        Assert.Equal(expected, n);
    }
}
