using Sipas.Grains.Aggregates;
using Sipas.Grains.Simulation;

namespace Sipas.Grains.Tests.Simulation;

public sealed class TrafficProfileTests
{
    private static DateTimeOffset Hanoi(int day, int hour, int minute = 0) => new(2025, 9, day, hour, minute, 0, VietnamTime.Offset);

    [Theory]
    [InlineData(1, 9, 0, 1.0)] // Monday morning
    [InlineData(1, 7, 29, 0.01)] // before opening
    [InlineData(1, 7, 30, 1.0)]
    [InlineData(3, 12, 0, 0.08)] // Wednesday lunch
    [InlineData(5, 16, 59, 0.9)] // Friday afternoon
    [InlineData(5, 19, 0, 0.05)] // evening portal ratings
    [InlineData(2, 3, 0, 0.01)] // night
    [InlineData(6, 9, 0, 0.35)] // Saturday morning
    [InlineData(6, 14, 0, 0.01)] // Saturday afternoon
    [InlineData(7, 9, 0, 0.01)] // Sunday
    public void Intensity_OfficeHours_LevelOfTheWindow(int day, int hour, int minute, double expected)
    {
        var level = TrafficProfile.OfficeHours.Intensity(Hanoi(day, hour, minute));

        Assert.Equal(expected, level);
    }

    [Fact]
    public void Intensity_UtcInstant_ReadInVietnamTime()
    {
        var utc = new DateTimeOffset(2025, 9, 1, 2, 0, 0, TimeSpan.Zero); // 09:00 in Hanoi

        var level = TrafficProfile.OfficeHours.Intensity(utc);

        Assert.Equal(1.0, level);
    }

    [Fact]
    public void Weight_OneWeekday_SumOfWindows()
    {
        var expected = ((4 * 1.0) + (2 * 0.08) + (3.5 * 0.9) + (4 * 0.05) + (10.5 * 0.01)) * 3_600;

        var weight = TrafficProfile.OfficeHours.Weight(Hanoi(2, 0), Hanoi(3, 0));

        Assert.Equal(expected, weight, 6);
    }

    [Fact]
    public void Weight_AcrossMidnightAndPartialWindows_AddsUp()
    {
        var profile = TrafficProfile.OfficeHours;

        var whole = profile.Weight(Hanoi(5, 10), Hanoi(8, 9));
        var parts = profile.Weight(Hanoi(5, 10), Hanoi(6, 23, 59)) + profile.Weight(Hanoi(6, 23, 59), Hanoi(8, 9));

        Assert.Equal(whole, parts, 6);
        // Friday 5.04 (from 10:00), Saturday 1.6, Sunday 0.24, Monday until 9:00 1.575, in level × hours.
        Assert.Equal((5.04 + 1.6 + 0.24 + 1.575) * 3_600, whole, 6);
    }

    [Fact]
    public void Weight_Flat_Seconds()
    {
        var weight = TrafficProfile.Flat.Weight(Hanoi(1, 0), Hanoi(1, 0).AddMinutes(90));

        Assert.Equal(5_400, weight, 9);
    }
}
