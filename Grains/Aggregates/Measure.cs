namespace Sipas.Grains.Aggregates;

/// <summary>
/// A percentage with its 95% interval and the number of answers behind it. With no data (<see cref="N"/> = 0) the
/// value is 0 and the interval the whole 0–100 range: check <see cref="HasData"/> before showing it.
/// </summary>
/// <param name="Value">Point estimate, percent (0–100).</param>
/// <param name="Low">Lower bound of the 95% interval, percent.</param>
/// <param name="High">Upper bound of the 95% interval, percent.</param>
/// <param name="N">Valid answers (or respondents, for a factor or SIPAS; see the README) behind the figure.</param>
public sealed record Measure(double Value, double Low, double High, long N)
{
    public static readonly Measure Empty = new(0, 0, 100, 0);

    public bool HasData => N > 0;
}
