using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Simulation;

/// <summary>
/// How traffic rises and falls over the week, in Vietnam time: a level per window (1 = the peak), and
/// <paramref name="Baseline"/> outside every window (nights, Sundays).
/// </summary>
public sealed record TrafficProfile(
    IReadOnlyList<TrafficWindow> Weekdays,
    IReadOnlyList<TrafficWindow> Saturday,
    IReadOnlyList<TrafficWindow> Sunday,
    double Baseline)
{
    /// <summary>
    /// Office hours: Monday–Friday 7:30–11:30 (peak) and 13:30–17:00 (0.9), a lunch trickle (0.08) and evening
    /// web/portal ratings (0.05 until 21:00); Saturday morning 7:30–11:30 at 0.35; almost nothing otherwise (0.01).
    /// </summary>
    public static TrafficProfile OfficeHours { get; } = new(
        [
            new(new(7, 30), new(11, 30), 1.0),
            new(new(11, 30), new(13, 30), 0.08),
            new(new(13, 30), new(17, 0), 0.9),
            new(new(17, 0), new(21, 0), 0.05),
        ],
        [new(new(7, 30), new(11, 30), 0.35)],
        [],
        0.01);

    /// <summary>Flat traffic at all hours (load tests that want the same rate day and night).</summary>
    public static TrafficProfile Flat { get; } = new([], [], [], 1.0);

    /// <summary>The relative traffic level at <paramref name="at"/>.</summary>
    public double Intensity(DateTimeOffset at)
    {
        var local = VietnamTime.ToVietnam(at);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        foreach (var window in WindowsOf(local.DayOfWeek))
        {
            if (time >= window.From && time < window.To)
            {
                return window.Level;
            }
        }

        return Baseline;
    }

    /// <summary>The integral of <see cref="Intensity"/> over [from, to), in level × seconds.</summary>
    public double Weight(DateTimeOffset from, DateTimeOffset to) => Segments(from, to).Sum(s => s.Weight);

    /// <summary>[from, to) cut where the level changes (window edges, midnight), each piece with its level.</summary>
    internal IReadOnlyList<TrafficSegment> Segments(DateTimeOffset from, DateTimeOffset to)
    {
        var segments = new List<TrafficSegment>();
        var day = VietnamTime.Day(from);
        while (from < to)
        {
            var dayStart = VietnamTime.StartOfDay(day);
            var dayEnd = dayStart.AddDays(1);
            var cuts = WindowsOf(day.DayOfWeek)
                .SelectMany(w => new[] { dayStart + w.From.ToTimeSpan(), dayStart + w.To.ToTimeSpan() })
                .Where(c => c > from && c < to && c < dayEnd)
                .Append(to < dayEnd ? to : dayEnd)
                .Distinct()
                .Order();
            foreach (var cut in cuts)
            {
                var middle = from + ((cut - from) / 2);
                segments.Add(new TrafficSegment(from, cut, Intensity(middle)));
                from = cut;
            }

            day = day.AddDays(1);
        }

        return segments;
    }

    private IReadOnlyList<TrafficWindow> WindowsOf(DayOfWeek day) => day switch
    {
        DayOfWeek.Saturday => Saturday,
        DayOfWeek.Sunday => Sunday,
        _ => Weekdays,
    };
}
