using Sipas.Grains.Aggregates;
using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Rankings;

/// <summary>Ranks siblings by a measure: competition ranking, insufficient data unranked, rank bands from intervals.</summary>
public static class RankingCalculator
{
    /// <summary>The metric that ranks by the SIPAS index; any other metric names a factor id.</summary>
    public const string Sipas = "sipas";

    /// <summary>
    /// Null when <paramref name="metric"/> ranks <paramref name="questionnaire"/>'s units (<c>sipas</c> or a factor id),
    /// else the message that says what would (REST and GraphQL report it alike).
    /// </summary>
    public static string? CheckMetric(Questionnaire questionnaire, string metric) =>
        metric == Sipas || questionnaire.Factors.Any(f => f.Id == metric)
            ? null
            : $"'{metric}' is not a metric; use {Sipas} or one of {string.Join(", ", questionnaire.Factors.Select(f => f.Id))}.";

    /// <summary>The measure a metric selects from a unit's scores, or null if the metric names no factor.</summary>
    public static Measure? Select(UnitScores scores, string metric)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return string.Equals(metric, Sipas, StringComparison.Ordinal) ? scores.Sipas : scores.Factor(metric)?.Index;
    }

    /// <summary>
    /// Ranks <paramref name="units"/> (code, measure, responses). Ranked units come first by value (ties keep code
    /// order), then the insufficient ones by code.
    /// </summary>
    public static IReadOnlyList<RankEntry> Rank(IEnumerable<(string Unit, Measure Measure, long Responses)> units, int minimumSample)
    {
        ArgumentNullException.ThrowIfNull(units);
        var all = units.ToList();
        var ranked = all.Where(u => u.Responses >= minimumSample && u.Measure.HasData)
            .OrderByDescending(u => u.Measure.Value).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        var entries = new List<RankEntry>(all.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var (unit, measure, _) = ranked[i];
            var rank = i > 0 && ranked[i - 1].Measure.Value == measure.Value ? entries[i - 1].Rank!.Value : i + 1;
            var surelyAbove = ranked.Count(o => o.Measure.Low > measure.High);
            var surelyBelow = ranked.Count(o => o.Measure.High < measure.Low);
            entries.Add(new RankEntry(unit, rank, measure.Value, measure.Low, measure.High, measure.N,
                surelyAbove + 1, ranked.Count - surelyBelow, Insufficient: false));
        }

        entries.AddRange(all.Except(ranked).OrderBy(u => u.Unit, StringComparer.Ordinal).Select(u =>
            new RankEntry(u.Unit, null, u.Measure.Value, u.Measure.Low, u.Measure.High, u.Measure.N, null, null, Insufficient: true)));
        return entries;
    }
}
