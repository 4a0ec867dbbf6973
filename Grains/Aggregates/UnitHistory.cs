using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;

namespace Sipas.Grains.Aggregates;

/// <summary>
/// The time-bucketed history of one unit for one questionnaire (mutable; owned by one grain): 5-minute, hourly and
/// daily rings of full answer distributions plus an all-time total, all exact. Adding a response updates every ring
/// that reaches its time; a window query sums the buckets of its resolution; rings roll over as the clock moves
/// (no timer needed) while the daily ring and the total keep their counts. Memory: see the README.
/// </summary>
public sealed partial class UnitHistory
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);
    private readonly TimeProvider _clock;
    private readonly BucketRing _fiveMinutes;
    private readonly BucketRing _hours;
    private readonly BucketRing _days;
    private readonly long[] _total;
    private readonly int _responseCell;

    public UnitHistory(Questionnaire questionnaire, TimeProvider clock, HistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(clock);
        options ??= HistoryOptions.Default;
        Questionnaire = questionnaire;
        _clock = clock;
        _responseCell = TallyBuilder.CellCount(questionnaire);
        var cells = _responseCell + 1;
        _fiveMinutes = new BucketRing(FiveMinutes, TimeSpan.Zero, options.FiveMinuteBuckets, cells);
        _hours = new BucketRing(TimeSpan.FromHours(1), TimeSpan.Zero, options.HourBuckets, cells);
        _days = new BucketRing(TimeSpan.FromDays(1), VietnamTime.Offset, options.DayBuckets, cells);
        _total = new long[cells];
    }

    public Questionnaire Questionnaire { get; }

    /// <summary>Responses counted since the history began.</summary>
    public long Responses => _total[_responseCell];

    /// <summary>Counts one validated response at its <c>ServedAt</c>.</summary>
    public void Add(SurveyResponse response) => Add(response.ServedAt, TallyBuilder.Cells(Questionnaire, response));

    /// <summary>Counts one response whose cells were mapped already (the hot path: every level above its unit).</summary>
    public void Add(CountedResponse response)
    {
        RequireSameQuestionnaire(response.Questionnaire);
        Add(response.ServedAt, response.Cells.AsSpan());
    }

    /// <summary>The tally of a window resolved at the clock's current time.</summary>
    public Tally Query(WindowSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Query(spec.Resolve(_clock.GetUtcNow()));
    }

    /// <summary>The tally of a resolved window (only what the buckets of its resolution still hold).</summary>
    public Tally Query(Window window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var sum = new long[_total.Length];
        switch (window.Resolution)
        {
            case BucketResolution.FiveMinutes:
                _fiveMinutes.SumInto(window.From, window.To, sum);
                break;
            case BucketResolution.Hour:
                _hours.SumInto(window.From, window.To, sum);
                break;
            case BucketResolution.Day:
                _days.SumInto(window.From, window.To, sum);
                break;
            default:
                _total.CopyTo(sum, 0);
                break;
        }

        var builder = new TallyBuilder(Questionnaire);
        builder.AddCounts(sum, sum[_responseCell]);
        return builder.ToTally();
    }

    /// <summary>
    /// Whether this history still holds every bucket of <paramref name="window"/> at the clock's time (false for a
    /// range reaching back past the daily retention: its tally then covers only the retained part).
    /// </summary>
    public bool Covers(Window window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var now = _clock.GetUtcNow();
        return window.Resolution switch
        {
            BucketResolution.FiveMinutes => _fiveMinutes.Covers(window.From, now),
            BucketResolution.Hour => _hours.Covers(window.From, now),
            BucketResolution.Day => _days.Covers(window.From, now),
            _ => true,
        };
    }

    /// <summary>Everything ever counted.</summary>
    public Tally Total() => Query(WindowSpec.Parse("all").Resolve(_clock.GetUtcNow()));

    /// <summary>Adds another unit's whole history, bucket by bucket (a unit moving in under this one).</summary>
    public void Add(UnitHistory other) => Combine(other, +1);

    /// <summary>
    /// Removes another unit's whole history, bucket by bucket (a unit moving out from under this one). Exact; throws
    /// without changing anything if a count would go negative (the other was never pooled here).
    /// </summary>
    public void Subtract(UnitHistory other)
    {
        ArgumentNullException.ThrowIfNull(other);
        RequireSameShape(other);
        var problem = _fiveMinutes.CheckSubtract(other._fiveMinutes) ?? _hours.CheckSubtract(other._hours)
            ?? _days.CheckSubtract(other._days)
            ?? (_total.Where((count, i) => other._total[i] > count).Any() ? "all-time total" : null);
        if (problem is not null)
        {
            throw new InvalidOperationException($"Cannot subtract a history that was not added here ({problem}).");
        }

        Combine(other, -1);
    }

    /// <summary>Approximate bytes this history holds (arrays and object headers), for the memory budget.</summary>
    public long ApproximateByteSize() =>
        _fiveMinutes.ByteSize + _hours.ByteSize + _days.ByteSize + (_total.Length * sizeof(long)) + 200;

    private void Add(DateTimeOffset servedAt, ReadOnlySpan<int> cells)
    {
        _fiveMinutes.Add(servedAt, cells, _responseCell);
        _hours.Add(servedAt, cells, _responseCell);
        _days.Add(servedAt, cells, _responseCell);
        foreach (var cell in cells)
        {
            _total[cell]++;
        }

        _total[_responseCell]++;
    }

    private void RequireSameQuestionnaire(Questionnaire questionnaire)
    {
        if (!ReferenceEquals(questionnaire, Questionnaire) && questionnaire.Key != Questionnaire.Key)
        {
            throw new ArgumentException($"A {questionnaire.Key} response cannot be counted in a {Questionnaire.Key} history.", nameof(questionnaire));
        }
    }

    private void Combine(UnitHistory other, int sign)
    {
        ArgumentNullException.ThrowIfNull(other);
        RequireSameShape(other);
        _fiveMinutes.Combine(other._fiveMinutes, sign);
        _hours.Combine(other._hours, sign);
        _days.Combine(other._days, sign);
        for (var i = 0; i < _total.Length; i++)
        {
            _total[i] += sign * other._total[i];
        }
    }

    private void RequireSameShape(UnitHistory other)
    {
        if (!ReferenceEquals(other.Questionnaire, Questionnaire) && other.Questionnaire.Key != Questionnaire.Key)
        {
            throw new ArgumentException($"A {other.Questionnaire.Key} history cannot be combined with a {Questionnaire.Key} one.", nameof(other));
        }

        if (other._days.Capacity != _days.Capacity || other._hours.Capacity != _hours.Capacity
            || other._fiveMinutes.Capacity != _fiveMinutes.Capacity)
        {
            throw new ArgumentException("Histories with different bucket capacities cannot be combined.", nameof(other));
        }
    }
}
