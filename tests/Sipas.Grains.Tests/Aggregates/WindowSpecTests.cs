using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class WindowSpecTests
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("15m", WindowKind.Minutes15, BucketResolution.FiveMinutes)]
    [InlineData("1h", WindowKind.Hour1, BucketResolution.FiveMinutes)]
    [InlineData("24h", WindowKind.Hours24, BucketResolution.Hour)]
    [InlineData("7d", WindowKind.Days7, BucketResolution.Day)]
    [InlineData("30d", WindowKind.Days30, BucketResolution.Day)]
    [InlineData("90d", WindowKind.Days90, BucketResolution.Day)]
    [InlineData("month", WindowKind.Month, BucketResolution.Day)]
    [InlineData("quarter", WindowKind.Quarter, BucketResolution.Day)]
    [InlineData("year", WindowKind.Year, BucketResolution.Day)]
    [InlineData("all", WindowKind.All, BucketResolution.AllTime)]
    [InlineData("2025-01-01..2025-03-31", WindowKind.Range, BucketResolution.Day)]
    public void Parse_KnownNames_KindAndResolution(string text, WindowKind kind, BucketResolution resolution)
    {
        var spec = WindowSpec.Parse(text);

        Assert.Equal(kind, spec.Kind);
        Assert.Equal(resolution, spec.Resolve(DateTimeOffset.UnixEpoch.AddYears(55)).Resolution);
        Assert.Equal(text, spec.Name);
    }

    [Theory]
    [InlineData("2h", "unknown window '2h': use 15m, 1h, 24h, 7d, 30d, 90d, month, quarter, year, all, or a day range like 2025-01-01..2025-03-31")]
    [InlineData("", "unknown window '': use 15m, 1h, 24h, 7d, 30d, 90d, month, quarter, year, all, or a day range like 2025-01-01..2025-03-31")]
    [InlineData("2025-13-01..2025-12-31", "'2025-13-01' is not a day: write yyyy-MM-dd, e.g. 2025-01-01..2025-03-31")]
    [InlineData("2025-03-01..2025-02-01", "window '2025-03-01..2025-02-01' starts after it ends; put the earlier day first")]
    public void TryParse_Bad_PreciseError(string text, string expected)
    {
        var ok = WindowSpec.TryParse(text, out var spec, out var error);

        Assert.False(ok);
        Assert.Null(spec);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_Bad_ThrowsFormatException()
    {
        var act = () => WindowSpec.Parse("weekly");

        Assert.Throws<FormatException>(act);
    }

    [Fact]
    public void Resolve_Hour_TwelveFiveMinuteBucketsEndingWithTheCurrentOne()
    {
        var now = new DateTimeOffset(2025, 9, 1, 10, 17, 30, TimeSpan.Zero);

        var window = WindowSpec.Parse("1h").Resolve(now);

        Assert.Equal(new DateTimeOffset(2025, 9, 1, 9, 20, 0, TimeSpan.Zero), window.From);
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 10, 20, 0, TimeSpan.Zero), window.To);
    }

    [Fact]
    public void Resolve_7dAt2330Utc_HanoiDaysEndingTomorrowMidnightHanoi()
    {
        var now = new DateTimeOffset(2025, 9, 1, 23, 30, 0, TimeSpan.Zero);

        var window = WindowSpec.Parse("7d").Resolve(now);

        Assert.Equal(new DateTimeOffset(2025, 9, 3, 0, 0, 0, Vn), window.To);
        Assert.Equal(new DateTimeOffset(2025, 8, 27, 0, 0, 0, Vn), window.From);
    }

    [Theory]
    [InlineData("month", "2025-12-01", "2026-01-01")]
    [InlineData("quarter", "2025-10-01", "2026-01-01")]
    [InlineData("year", "2025-01-01", "2026-01-01")]
    public void Resolve_CalendarWindowsAroundHanoiNewYear_SwitchAt1700Utc(string name, string from, string to)
    {
        var lateEvening = new DateTimeOffset(2025, 12, 31, 16, 59, 0, TimeSpan.Zero);
        var afterMidnightHanoi = new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero);

        var before = WindowSpec.Parse(name).Resolve(lateEvening);
        var after = WindowSpec.Parse(name).Resolve(afterMidnightHanoi);

        Assert.Equal(new DateTimeOffset(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture), Vn), before.From);
        Assert.Equal(new DateTimeOffset(DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture), Vn), before.To);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Vn), after.From);
    }

    [Fact]
    public void Resolve_Range_WholeHanoiDaysBothIncluded()
    {
        var window = WindowSpec.Parse("2025-01-01..2025-03-31").Resolve(DateTimeOffset.UnixEpoch);

        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, Vn), window.From);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, Vn), window.To);
        Assert.True(window.Contains(new DateTimeOffset(2025, 3, 31, 16, 59, 59, TimeSpan.Zero)));
        Assert.False(window.Contains(new DateTimeOffset(2025, 3, 31, 17, 0, 0, TimeSpan.Zero)));
    }
}
