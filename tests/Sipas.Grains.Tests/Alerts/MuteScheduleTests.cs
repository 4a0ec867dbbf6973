using Sipas.Grains.Alerts;

namespace Sipas.Grains.Tests.Alerts;

public sealed class MuteScheduleTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    [Theory]
    [InlineData(2025, 7, 7, 18, 0, true)]   // Monday evening
    [InlineData(2025, 7, 8, 7, 29, true)]   // Tuesday morning, Monday's window
    [InlineData(2025, 7, 8, 7, 30, false)]  // office hours begin
    [InlineData(2025, 7, 8, 12, 0, false)]  // midday
    [InlineData(2025, 7, 12, 7, 0, true)]   // Saturday morning, Friday's window
    [InlineData(2025, 7, 12, 20, 0, false)] // Saturday evening: Saturday is not listed
    [InlineData(2025, 7, 7, 6, 0, false)]   // Monday morning: Sunday is not listed
    public void Contains_OvernightWeekdayWindow_MutesOutsideOfficeHours(int year, int month, int day, int hour, int minute, bool expected)
    {
        MuteSchedule.TryCreate(["mon-fri"], "17:30", "07:30", out var schedule, out var error);

        var muted = schedule!.Contains(new DateTimeOffset(year, month, day, hour, minute, 0, Hanoi));

        Assert.Null(error);
        Assert.Equal(expected, muted);
    }

    [Fact]
    public void Contains_DaytimeWindow_OnlyWithinHoursOnListedDays()
    {
        MuteSchedule.TryCreate(["sat", "sun"], "08:00", "12:00", out var schedule, out _);

        Assert.True(schedule!.Contains(new DateTimeOffset(2025, 7, 12, 9, 0, 0, Hanoi)));
        Assert.False(schedule.Contains(new DateTimeOffset(2025, 7, 12, 12, 0, 0, Hanoi)));
        Assert.False(schedule.Contains(new DateTimeOffset(2025, 7, 11, 9, 0, 0, Hanoi)));
    }

    [Fact]
    public void TryCreate_WrappingDayRange_ListsEveryDay()
    {
        MuteSchedule.TryCreate(["fri-mon"], "00:00", "06:00", out var schedule, out _);

        Assert.Equal([DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday], schedule!.Days);
    }

    [Theory]
    [InlineData("funday", "17:00", "07:00", "is not a day")]
    [InlineData("mon", "5pm", "07:00", "HH:mm")]
    [InlineData("mon", "07:00", "07:00", "same time")]
    public void TryCreate_BadInput_SaysWhatIsAccepted(string day, string from, string to, string expected)
    {
        var ok = MuteSchedule.TryCreate([day], from, to, out _, out var error);

        Assert.False(ok);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_NoDays_Refused()
    {
        var ok = MuteSchedule.TryCreate([], "17:00", "07:00", out _, out var error);

        Assert.False(ok);
        Assert.Contains("needs days", error, StringComparison.Ordinal);
    }
}
