namespace Sipas.Api.Storage;

/// <summary>How long the raw response log is kept. Bound from the <c>Retention</c> configuration section.</summary>
public sealed class LogRetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// Days a logged response is kept (by the time it was received). Default 730: two years, longer than the daily
    /// history the grains keep, so any window they answer can still be recomputed from the log.
    /// </summary>
    public int LogDays { get; set; } = 730;

    /// <summary>How often the retention job runs. Default one hour.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement, so one run never holds a long lock. Default 10,000.</summary>
    public int BatchSize { get; set; } = 10_000;
}
