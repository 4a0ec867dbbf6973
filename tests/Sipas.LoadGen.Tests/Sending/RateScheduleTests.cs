using Sipas.LoadGen.Sending;

namespace Sipas.LoadGen.Tests.Sending;

public sealed class RateScheduleTests
{
    [Fact]
    public void Batches_EvenTotal_DueWhenTheirLastItemIsProduced()
    {
        var schedule = new RateSchedule(rate: 200, batchSize: 50, total: 200);

        var batches = schedule.Batches().ToList();

        Assert.Equal([0.25, 0.5, 0.75, 1.0], batches.Select(b => b.Due.TotalSeconds));
        Assert.Equal([0L, 50, 100, 150], batches.Select(b => b.First));
        Assert.All(batches, b => Assert.Equal(50, b.Count));
        Assert.Equal(TimeSpan.FromSeconds(1), schedule.Length);
    }

    [Fact]
    public void Batches_PartialLastBatch_SmallerAndDueAtTheEnd()
    {
        var schedule = new RateSchedule(rate: 100, batchSize: 30, total: 100);

        var last = schedule.Batches().Last();

        Assert.Equal(4, schedule.BatchCount);
        Assert.Equal((90L, 10, TimeSpan.FromSeconds(1)), (last.First, last.Count, last.Due));
        Assert.Equal(TimeSpan.FromSeconds(0.9), last.Opens(schedule.Rate));
        Assert.Equal(100, schedule.Batches().Sum(b => b.Count));
    }

    [Fact]
    public void Batches_LongRun_NoDriftAtTheEnd()
    {
        var schedule = new RateSchedule(rate: 3, batchSize: 1, total: 3 * 86_400);

        var last = schedule[schedule.BatchCount - 1];

        Assert.Equal(TimeSpan.FromDays(1), last.Due);
    }

    [Fact]
    public void Constructor_ZeroRate_Throws()
    {
        var create = () => new RateSchedule(0, 10, 10);

        Assert.Throws<ArgumentOutOfRangeException>(create);
    }
}
