using Sipas.Grains.Aggregates;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;

namespace Sipas.Memory.Benchmarks;

/// <summary>
/// The memory requirement of the aggregates: the whole 2025 tree, every unit with two years of daily history fully
/// populated (one full response on each of 732 days), every parent's row (nation, provinces, service centres) holding
/// counts past 255 and so wide. With <c>saturated</c>, every leaf's 5-minute, hourly and today's rows pass 255 too
/// (as at 50,000 responses/s spread over the leaves). Measured as the growth of the managed heap after full
/// collections while the histories are alive. The baseline is the same rings held as plain <c>long[]</c> per bucket
/// resolution (what the histories would take without narrow counters), computed exactly from the array sizes rather
/// than allocated (it is several GiB).
/// </summary>
internal static class TreeMemory
{
    private static readonly DateTimeOffset Now = new(2027, 7, 1, 3, 0, 0, TimeSpan.Zero);

    public static TreeMemoryResult Measure(bool saturated)
    {
        var clock = new FixedClock(Now);
        var questionnaire = QuestionnaireCatalog.Embedded.Get("sipas-2017");
        var units = UnitTreeLoader.Load2025().Active.ToList();
        var leaf = TwoYearsDaily(questionnaire, clock, extraPerDay: 0);
        var parent = TwoYearsDaily(questionnaire, clock, extraPerDay: 256);
        var hot = Saturated(questionnaire, clock);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var histories = new List<UnitHistory>(units.Count);
        foreach (var unit in units)
        {
            var history = new UnitHistory(questionnaire, clock);
            var isParent = !unit.TakesResponses || unit.Code.EndsWith(".TTHCC", StringComparison.Ordinal);
            history.Add(isParent ? parent : leaf);
            if (saturated && !isParent)
            {
                history.Add(hot);
            }

            histories.Add(history);
        }

        var measured = GC.GetTotalMemory(forceFullCollection: true) - before;
        var reported = histories.Sum(h => h.ApproximateByteSize());
        var check = histories[^1].Query(WindowSpec.Parse("2025-06-30..2027-07-01")).Count("HL", 5);
        GC.KeepAlive(histories);
        return new TreeMemoryResult(units.Count, measured, reported, PlainArrayBytes(questionnaire) * units.Count, check);
    }

    /// <summary>One unit's rings and total as plain <c>long[]</c>: one array per resolution plus the total.</summary>
    private static long PlainArrayBytes(Questionnaire questionnaire)
    {
        const int ArrayHeader = 24;
        var cells = ((questionnaire.AnswerIds.Length + 1) * questionnaire.Scale.LevelCount) + 1;
        var options = HistoryOptions.Default;
        long[] buckets = [options.FiveMinuteBuckets, options.HourBuckets, options.DayBuckets, 1];
        return buckets.Sum(b => ArrayHeader + (b * cells * sizeof(long)));
    }

    /// <summary>One full response (every criterion, overall 5) on each of 732 days, plus <paramref name="extraPerDay"/> single answers.</summary>
    private static UnitHistory TwoYearsDaily(Questionnaire questionnaire, TimeProvider clock, int extraPerDay)
    {
        var history = new UnitHistory(questionnaire, clock);
        var full = Make(Now, questionnaire.Criteria.ToDictionary(c => c.Id, _ => 4), overall: 5);
        var single = Make(Now, new Dictionary<string, int> { ["TC1"] = 5 }, overall: null);
        for (var day = 731; day >= 0; day--)
        {
            history.Add(full with { ServedAt = Now.AddDays(-day) });
            for (var i = 0; i < extraPerDay; i++)
            {
                history.Add(single with { ServedAt = Now.AddDays(-day) });
            }
        }

        return history;
    }

    /// <summary>256 answers to TC1 in each of the last 24 five-minute buckets and each of the last 48 hours.</summary>
    private static UnitHistory Saturated(Questionnaire questionnaire, TimeProvider clock)
    {
        var history = new UnitHistory(questionnaire, clock);
        var single = Make(Now, new Dictionary<string, int> { ["TC1"] = 5 }, overall: null);
        var instants = Enumerable.Range(0, 24).Select(i => Now.AddMinutes(-5 * i))
            .Concat(Enumerable.Range(2, 46).Select(i => Now.AddHours(-i)));
        foreach (var instant in instants)
        {
            for (var i = 0; i < 256; i++)
            {
                history.Add(single with { ServedAt = instant });
            }
        }

        return history;
    }

    private static SurveyResponse Make(DateTimeOffset servedAt, IReadOnlyDictionary<string, int> answers, int? overall) =>
        new(Guid.NewGuid(), "01001", "sipas-2017", servedAt, ResponseChannels.Kiosk, answers, overall);
}
