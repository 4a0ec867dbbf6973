namespace Sipas.Grains.Aggregates;

/// <summary>
/// Calendar boundaries in Vietnam time (UTC+7, no daylight saving). A fixed offset rather than a time-zone lookup:
/// Vietnam has not changed offset since 1975 and this avoids depending on the host's tz database.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The same instant seen on a Hanoi clock.</summary>
    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The calendar day in Hanoi at <paramref name="instant"/> (23:30 UTC is already the next day).</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ToVietnam(instant).DateTime);

    /// <summary>Midnight starting <paramref name="day"/> in Hanoi.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateTimeOffset StartOfMonth(DateOnly day) => StartOfDay(new DateOnly(day.Year, day.Month, 1));

    public static DateTimeOffset StartOfQuarter(DateOnly day) => StartOfDay(new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1));

    public static DateTimeOffset StartOfYear(DateOnly day) => StartOfDay(new DateOnly(day.Year, 1, 1));
}
