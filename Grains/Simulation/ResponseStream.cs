using Sipas.Grains.Aggregates;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;

namespace Sipas.Grains.Simulation;

/// <summary>
/// A realistic, deterministic stream of survey responses: the same tree, scenario, seed, origin and sequence of calls
/// always give the same responses (ids included: UUIDs drawn from the seeded <see cref="Random"/>). No clock and no
/// I/O: the caller says which interval each call covers. Not thread-safe (one caller at a time).
/// </summary>
public sealed partial class ResponseStream
{
    private readonly Random _random;
    private readonly Questionnaire _questionnaire;
    private readonly IReadOnlyList<CompiledEvent> _events;
    private double _carry;

    /// <param name="units">The tree to draw responding units from (communes, agencies, service points).</param>
    /// <param name="questionnaires">Where <see cref="Scenario.Questionnaire"/> is found.</param>
    /// <param name="scenario">Levels, shares, traffic and scripted events.</param>
    /// <param name="seed">Seed of every random choice.</param>
    /// <param name="origin">The instant scripted event times count from.</param>
    /// <exception cref="ArgumentException">The scenario is invalid or names a questionnaire or unit that does not exist.</exception>
    public ResponseStream(UnitTree units, QuestionnaireCatalog questionnaires, Scenario scenario, int seed, DateTimeOffset origin)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(questionnaires);
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = scenario.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid scenario: " + string.Join("; ", problems), nameof(scenario));
        }

        if (!questionnaires.TryGet(scenario.Questionnaire, out _questionnaire))
        {
            throw new ArgumentException($"Unknown questionnaire '{scenario.Questionnaire}'.", nameof(scenario));
        }

        Units = units;
        Scenario = scenario;
        Origin = origin;
        _random = new Random(seed);
        _channels = new WeightedTable<string>(scenario.ChannelShares.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
        (_profiles, _unitTable) = BuildUnits();
        _criterionOffsets = BuildCriterionOffsets();
        _levels = AnswerLevels.Of(_questionnaire.Scale);
        _events = CompileEvents();
    }

    public UnitTree Units { get; }

    public Scenario Scenario { get; }

    /// <summary>The questionnaire of every response.</summary>
    public Questionnaire Questionnaire => _questionnaire;

    /// <summary>The instant scripted event times count from.</summary>
    public DateTimeOffset Origin { get; }

    /// <summary>
    /// The responses of [<paramref name="from"/>, <paramref name="to"/>) at <paramref name="peakRatePerSecond"/>
    /// shaped by the scenario's traffic profile (at a level of 0.5 the rate is half the peak), ordered by
    /// <c>servedAt</c>. The fractional remainder carries over to the next call, so consecutive intervals add up.
    /// </summary>
    public IReadOnlyList<SurveyResponse> Next(DateTimeOffset from, DateTimeOffset to, double peakRatePerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(peakRatePerSecond);
        if (to <= from)
        {
            return [];
        }

        var segments = Scenario.Traffic.Segments(from, to);
        _carry += peakRatePerSecond * segments.Sum(s => s.Weight);
        var count = (int)Math.Floor(_carry);
        _carry -= count;
        return Draw(count, segments);
    }

    /// <summary>
    /// Exactly <paramref name="count"/> responses with <c>servedAt</c> in [<paramref name="from"/>,
    /// <paramref name="to"/>), spread by the traffic profile (evenly when the interval has no traffic at all),
    /// ordered by <c>servedAt</c>. Use it when the caller fixes the rate (a load test, a backfill).
    /// </summary>
    public IReadOnlyList<SurveyResponse> Take(int count, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (to < from)
        {
            throw new ArgumentException("The interval ends before it starts.", nameof(to));
        }

        var segments = Scenario.Traffic.Segments(from, to);
        if (segments.Sum(s => s.Weight) <= 0)
        {
            segments = [new TrafficSegment(from, to > from ? to : from.AddTicks(1), 1)];
        }

        return Draw(count, segments);
    }

    /// <summary>One response served at <paramref name="at"/>.</summary>
    public SurveyResponse Generate(DateTimeOffset at)
    {
        var active = _events.Where(e => e.Scripted.IsActive(Origin, at)).ToList();
        var unit = SteeredUnit(active) ?? _unitTable.Pick(_random);
        var burst = active.FirstOrDefault(e => e.Scripted is ComplaintBurst && e.Covers(unit.Code));
        if (burst is not null)
        {
            return Complaint(unit, at);
        }

        var level = LevelAt(unit, at, active);
        return Response(unit, at, level);
    }

    /// <summary>The reorganisation markers due in [<paramref name="from"/>, <paramref name="to"/>), in time order.</summary>
    public IReadOnlyList<ReorganisationMarker> MarkersBetween(DateTimeOffset from, DateTimeOffset to) =>
        [.. Scenario.Events.OfType<ReorganisationMarker>()
            .Where(m => Origin + m.Start >= from && Origin + m.Start < to)
            .OrderBy(m => m.Start)];

    private List<SurveyResponse> Draw(int count, IReadOnlyList<TrafficSegment> segments)
    {
        var cumulative = new double[segments.Count];
        var total = 0.0;
        for (var i = 0; i < segments.Count; i++)
        {
            total += segments[i].Weight;
            cumulative[i] = total;
        }

        var times = new DateTimeOffset[count];
        for (var i = 0; i < count; i++)
        {
            var index = Array.BinarySearch(cumulative, _random.NextDouble() * total);
            var segment = segments[Math.Min(index < 0 ? ~index : index, segments.Count - 1)];
            var ticks = (long)(_random.NextDouble() * (segment.End - segment.Start).Ticks);
            // Whole milliseconds: the wire format and the database keep no more.
            var at = segment.Start.AddTicks(ticks);
            var truncated = at.AddTicks(-(at.UtcTicks % TimeSpan.TicksPerMillisecond));
            times[i] = VietnamTime.ToVietnam(truncated < segment.Start ? segment.Start : truncated);
        }

        Array.Sort(times);
        return [.. times.Select(Generate)];
    }
}
