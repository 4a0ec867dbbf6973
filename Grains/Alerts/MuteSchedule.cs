using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Alerts;

/// <summary>
/// A recurring mute window in Hanoi time, such as outside office hours: on each of <see cref="Days"/> from
/// <see cref="From"/> to <see cref="To"/>. A window whose end is not after its start runs overnight into the next day
/// (<c>17:30</c>–<c>07:30</c> on Monday mutes Monday evening until Tuesday morning).
/// </summary>
public sealed record MuteSchedule(IReadOnlyList<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    /// <summary>Whether <paramref name="instant"/> falls in the window.</summary>
    public bool Contains(DateTimeOffset instant)
    {
        var local = VietnamTime.ToVietnam(instant);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var today = local.DayOfWeek;
        if (From < To)
        {
            return Days.Contains(today) && time >= From && time < To;
        }

        // Overnight: the evening part belongs to today, the morning part to yesterday's window.
        var yesterday = (DayOfWeek)(((int)today + 6) % 7);
        return (Days.Contains(today) && time >= From) || (Days.Contains(yesterday) && time < To);
    }

    /// <summary>
    /// Reads days (<c>mon</c>…<c>sun</c>, or <c>mon-fri</c> style ranges) and times (<c>HH:mm</c>); the error says what
    /// is accepted.
    /// </summary>
    public static bool TryCreate(IEnumerable<string>? days, string? from, string? to, [NotNullWhen(true)] out MuteSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        var parsedDays = new List<DayOfWeek>();
        foreach (var day in days ?? [])
        {
            var parts = day.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length is < 1 or > 2 || !TryDay(parts[0], out var first) || !TryDay(parts[^1], out var last))
            {
                error = $"'{day}' is not a day: use mon, tue, wed, thu, fri, sat, sun or a range like mon-fri";
                return false;
            }

            for (var d = first; ; d = (DayOfWeek)(((int)d + 1) % 7))
            {
                if (!parsedDays.Contains(d))
                {
                    parsedDays.Add(d);
                }

                if (d == last)
                {
                    break;
                }
            }
        }

        if (parsedDays.Count == 0)
        {
            error = "a mute window needs days, e.g. [\"mon-fri\"]";
            return false;
        }

        if (!TryTime(from, out var start) || !TryTime(to, out var end))
        {
            error = $"mute window times must be HH:mm (Hanoi time), e.g. \"17:30\" and \"07:30\"; got '{from}' and '{to}'";
            return false;
        }

        if (start == end)
        {
            error = "a mute window must not start and end at the same time";
            return false;
        }

        schedule = new MuteSchedule(parsedDays, start, end);
        error = null;
        return true;
    }

    public override string ToString() =>
        $"{string.Join(',', Days.Select(d => d.ToString()[..3].ToLowerInvariant()))} {From:HH\\:mm}-{To:HH\\:mm}";

    private static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static bool TryDay(string text, out DayOfWeek day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString();
            if (text.Length >= 3 && name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}
