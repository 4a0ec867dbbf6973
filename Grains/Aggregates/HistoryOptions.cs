namespace Sipas.Grains.Aggregates;

/// <summary>How much history a <see cref="UnitHistory"/> keeps at each resolution.</summary>
public sealed record HistoryOptions
{
    /// <summary>5-minute buckets. Default 24 (the last 2 hours: enough for 15m and 1h).</summary>
    public int FiveMinuteBuckets { get; init; } = 24;

    /// <summary>Hourly buckets. Default 48 (the last 48 hours: enough for 24h).</summary>
    public int HourBuckets { get; init; } = 48;

    /// <summary>Daily buckets on Hanoi days. Default 732 (two years, a leap day and today).</summary>
    public int DayBuckets { get; init; } = 732;

    public static HistoryOptions Default { get; } = new();
}
