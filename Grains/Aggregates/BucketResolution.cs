namespace Sipas.Grains.Aggregates;

/// <summary>Which buckets of a <see cref="UnitHistory"/> answer a window.</summary>
public enum BucketResolution
{
    /// <summary>5-minute buckets (kept for the last 2 hours): 15m, 1h.</summary>
    FiveMinutes,

    /// <summary>Hourly buckets (kept for the last 48 hours): 24h.</summary>
    Hour,

    /// <summary>Daily buckets on Hanoi days (kept for two years): 7d, 30d, 90d, month, quarter, year, ranges.</summary>
    Day,

    /// <summary>The all-time total.</summary>
    AllTime,
}
