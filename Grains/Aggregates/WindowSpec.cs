using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sipas.Grains.Aggregates;

/// <summary>
/// A window by name: <c>15m</c>, <c>1h</c>, <c>24h</c>, <c>7d</c>, <c>30d</c>, <c>90d</c>, <c>month</c>, <c>quarter</c>,
/// <c>year</c>, <c>all</c>, or a day range <c>2025-01-01..2025-03-31</c> (Hanoi days, both included).
/// <see cref="Resolve"/> turns it into a <see cref="Window"/> for a given instant. Calendar boundaries are Hanoi's.
/// </summary>
public sealed record WindowSpec
{
    private const string Expected =
        "use 15m, 1h, 24h, 7d, 30d, 90d, month, quarter, year, all, or a day range like 2025-01-01..2025-03-31";

    private static readonly Dictionary<string, WindowKind> Names = new(StringComparer.Ordinal)
    {
        ["15m"] = WindowKind.Minutes15,
        ["1h"] = WindowKind.Hour1,
        ["24h"] = WindowKind.Hours24,
        ["7d"] = WindowKind.Days7,
        ["30d"] = WindowKind.Days30,
        ["90d"] = WindowKind.Days90,
        ["month"] = WindowKind.Month,
        ["quarter"] = WindowKind.Quarter,
        ["year"] = WindowKind.Year,
        ["all"] = WindowKind.All,
    };

    // Midnight in Hanoi of 0001-01-01, or of the day after 9999-12-31, is not a representable instant.
    private static readonly DateOnly FirstDay1900 = new(1900, 1, 1);
    private static readonly DateOnly LastDay9998 = new(9998, 12, 31);

    private WindowSpec(string name, WindowKind kind, DateOnly first = default, DateOnly last = default)
    {
        Name = name;
        Kind = kind;
        FirstDay = first;
        LastDay = last;
    }

    public string Name { get; }

    public WindowKind Kind { get; }

    /// <summary>First day of a <see cref="WindowKind.Range"/>.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>Last day (included) of a <see cref="WindowKind.Range"/>.</summary>
    public DateOnly LastDay { get; }

    public static WindowSpec Burst { get; } = new("15m", WindowKind.Minutes15);

    /// <summary>Every named (non-range) window.</summary>
    public static IEnumerable<WindowSpec> Named => Names.Select(n => new WindowSpec(n.Key, n.Value));

    public static WindowSpec Range(DateOnly first, DateOnly last) =>
        first < FirstDay1900 || last > LastDay9998
            ? throw new ArgumentOutOfRangeException(nameof(first), $"Give days from {FirstDay1900:yyyy-MM-dd} to {LastDay9998:yyyy-MM-dd}; got {first:yyyy-MM-dd}..{last:yyyy-MM-dd}.")
            : last >= first
            ? new WindowSpec($"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}", WindowKind.Range, first, last)
            : throw new ArgumentException($"The range starts ({first:yyyy-MM-dd}) after it ends ({last:yyyy-MM-dd}).", nameof(last));

    /// <exception cref="FormatException">The text is not a window; the message says what is accepted.</exception>
    public static WindowSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out WindowSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        error = null;
        var trimmed = text?.Trim() ?? "";
        if (Names.TryGetValue(trimmed.ToLowerInvariant(), out var kind))
        {
            spec = new WindowSpec(trimmed.ToLowerInvariant(), kind);
            return true;
        }

        var parts = trimmed.Split("..");
        if (parts.Length != 2)
        {
            error = $"unknown window '{text}': {Expected}";
            return false;
        }

        var firstError = TryDay(parts[0], out var first);
        var lastError = TryDay(parts[1], out var last);
        if ((firstError ?? lastError) is { } dayError)
        {
            error = dayError;
            return false;
        }

        if (last < first)
        {
            error = $"window '{text}' starts after it ends; put the earlier day first";
            return false;
        }

        spec = Range(first, last);
        return true;
    }

    /// <summary>The interval this window covers at <paramref name="now"/>.</summary>
    public Window Resolve(DateTimeOffset now)
    {
        var today = VietnamTime.Day(now);
        var tomorrow = VietnamTime.StartOfDay(today.AddDays(1));
        return Kind switch
        {
            WindowKind.Minutes15 => Rolling(now, TimeSpan.FromMinutes(5), 3, BucketResolution.FiveMinutes),
            WindowKind.Hour1 => Rolling(now, TimeSpan.FromMinutes(5), 12, BucketResolution.FiveMinutes),
            WindowKind.Hours24 => Rolling(now, TimeSpan.FromHours(1), 24, BucketResolution.Hour),
            WindowKind.Days7 => new(Name, tomorrow.AddDays(-7), tomorrow, BucketResolution.Day),
            WindowKind.Days30 => new(Name, tomorrow.AddDays(-30), tomorrow, BucketResolution.Day),
            WindowKind.Days90 => new(Name, tomorrow.AddDays(-90), tomorrow, BucketResolution.Day),
            WindowKind.Month => Calendar(VietnamTime.StartOfMonth(today), 1),
            WindowKind.Quarter => Calendar(VietnamTime.StartOfQuarter(today), 3),
            WindowKind.Year => Calendar(VietnamTime.StartOfYear(today), 12),
            WindowKind.All => new(Name, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, BucketResolution.AllTime),
            _ => new(Name, VietnamTime.StartOfDay(FirstDay), VietnamTime.StartOfDay(LastDay.AddDays(1)), BucketResolution.Day),
        };
    }

    public override string ToString() => Name;

    private Window Rolling(DateTimeOffset now, TimeSpan bucket, int buckets, BucketResolution resolution)
    {
        var end = new DateTimeOffset((now.UtcTicks / bucket.Ticks * bucket.Ticks) + bucket.Ticks, TimeSpan.Zero);
        return new Window(Name, end - (bucket * buckets), end, resolution);
    }

    private Window Calendar(DateTimeOffset start, int months) =>
        new(Name, start, new DateTimeOffset(start.DateTime.AddMonths(months), VietnamTime.Offset), BucketResolution.Day);

    /// <summary>Parses one end of a range; returns the error, or null when it is a day.</summary>
    private static string? TryDay(string text, out DateOnly day)
    {
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return $"'{text.Trim()}' is not a day: write yyyy-MM-dd, e.g. 2025-01-01..2025-03-31";
        }

        return day < FirstDay1900 || day > LastDay9998
            ? $"'{text.Trim()}' is out of range: give days from {FirstDay1900:yyyy-MM-dd} to {LastDay9998:yyyy-MM-dd}"
            : null;
    }
}
