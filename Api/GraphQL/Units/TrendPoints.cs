using Sipas.Grains.Aggregates;

namespace Sipas.Api.GraphQL.Units;

/// <summary>The buckets of a GraphQL trend over a window (the points come from <see cref="Rest.TrendPointDto.Series"/>, as REST's do).</summary>
internal static class TrendPoints
{
    /// <summary>Most points one trend returns (two years of days).</summary>
    public const int MaxPoints = 732;

    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>The buckets of <paramref name="window"/> at <paramref name="bucket"/> width; a precise error when the history does not keep them.</summary>
    public static IReadOnlyList<Window> Buckets(Window window, BucketResolution? bucket, DateTimeOffset now)
    {
        var width = bucket ?? (window.Resolution == BucketResolution.AllTime ? BucketResolution.Day : window.Resolution);
        var (kept, keptFor) = width switch
        {
            BucketResolution.FiveMinutes => (TimeSpan.FromHours(2), "the last 2 hours"),
            BucketResolution.Hour => (TimeSpan.FromHours(48), "the last 48 hours"),
            _ => (TimeSpan.FromDays(MaxPoints - 1), "two years"),
        };
        var from = window.From < now - kept ? Start(now - kept, width) : Start(window.From, width);
        if (width != BucketResolution.Day && window.From < now - kept && window.Resolution != BucketResolution.AllTime)
        {
            throw SipasWindows.BadInput($"{Name(width)} buckets are kept for {keptFor}; use a shorter window or a wider bucket (HOUR or DAY).");
        }

        var to = window.To > now ? Start(now, width).Add(Step(width)) : window.To;
        var buckets = new List<Window>();
        for (var start = from; start < to; start += Step(width))
        {
            if (buckets.Count == MaxPoints)
            {
                throw SipasWindows.BadInput($"A trend has at most {MaxPoints} points; use a shorter window or a wider bucket.");
            }

            buckets.Add(new Window(window.Spec, start, start + Step(width), width));
        }

        return buckets;
    }

    private static TimeSpan Step(BucketResolution width) => width switch
    {
        BucketResolution.FiveMinutes => FiveMinutes,
        BucketResolution.Hour => Hour,
        _ => TimeSpan.FromDays(1), // Vietnam has no daylight saving: a day is always 24 hours
    };

    private static DateTimeOffset Start(DateTimeOffset instant, BucketResolution width) => width switch
    {
        BucketResolution.FiveMinutes => new DateTimeOffset(instant.UtcTicks / FiveMinutes.Ticks * FiveMinutes.Ticks, TimeSpan.Zero),
        BucketResolution.Hour => new DateTimeOffset(instant.UtcTicks / Hour.Ticks * Hour.Ticks, TimeSpan.Zero),
        _ => VietnamTime.StartOfDay(VietnamTime.Day(instant)),
    };

    private static string Name(BucketResolution width) => width switch
    {
        BucketResolution.FiveMinutes => "FIVE_MINUTES",
        BucketResolution.Hour => "HOUR",
        _ => "DAY",
    };
}
