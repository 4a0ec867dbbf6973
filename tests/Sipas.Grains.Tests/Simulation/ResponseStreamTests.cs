using Sipas.Grains.Aggregates;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Simulation;
using Sipas.Grains.Units;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Simulation;

public sealed class ResponseStreamTests
{
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();

    // Monday 1 September 2025, 07:30 in Hanoi.
    private static readonly DateTimeOffset Monday0730 = new(2025, 9, 1, 7, 30, 0, VietnamTime.Offset);
    private static readonly Scenario Quiet = Scenario.Default with { Events = [] };
    private static readonly Dictionary<string, string> ProvinceOf = Tree.OfKind(UnitKind.Province)
        .SelectMany(p => Tree.Descendants(p.Code).Select(u => (u.Code, Province: p.Code)))
        .ToDictionary(p => p.Code, p => p.Province, StringComparer.Ordinal);

    private static ResponseStream Stream(Scenario? scenario = null, int seed = 42) =>
        new(Tree, QuestionnaireCatalog.Embedded, scenario ?? Quiet, seed, Monday0730);

    private static double SatisfiedShare(IEnumerable<SurveyResponse> responses, Func<string, bool>? criterion = null)
    {
        var answers = responses.SelectMany(r => r.Answers).Where(a => criterion?.Invoke(a.Key) ?? true).ToList();
        return answers.Count(a => a.Value >= 4) / (double)answers.Count;
    }

    [Fact]
    public void Next_SameSeed_IdenticalStream()
    {
        var first = Stream(Scenario.Default);
        var second = Stream(Scenario.Default);

        var a = first.Next(Monday0730, Monday0730.AddMinutes(30), 20).Concat(first.Take(500, Monday0730.AddHours(1), Monday0730.AddHours(2))).ToList();
        var b = second.Next(Monday0730, Monday0730.AddMinutes(30), 20).Concat(second.Take(500, Monday0730.AddHours(1), Monday0730.AddHours(2))).ToList();

        Assert.True(a.Count > 30_000);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Take_DifferentSeed_DifferentIds()
    {
        var a = Stream(seed: 1).Take(1_000, Monday0730, Monday0730.AddHours(1));
        var b = Stream(seed: 2).Take(1_000, Monday0730, Monday0730.AddHours(1));

        Assert.Empty(a.Select(r => r.Id).Intersect(b.Select(r => r.Id)));
    }

    [Fact]
    public void Take_TenThousand_UniqueVersion4Ids()
    {
        var responses = Stream().Take(10_000, Monday0730, Monday0730.AddHours(4));

        Assert.Equal(10_000, responses.Select(r => r.Id).Distinct().Count());
        Assert.All(responses, r => Assert.Equal('4', r.Id.ToString()[14]));
    }

    [Theory]
    [InlineData("sipas-2017")]
    [InlineData("sipas-2023")]
    public void Take_ThousandsWithEvents_EveryResponsePassesValidator(string questionnaire)
    {
        var to = Monday0730.AddHours(2);
        var validator = new ResponseValidator(Tree, QuestionnaireCatalog.Embedded, new FakeTimeProvider(to));
        var stream = Stream(Scenario.Default with { Questionnaire = questionnaire });

        var responses = stream.Take(20_000, Monday0730, to);

        Assert.All(responses, r => Assert.Empty(validator.Validate(r)));
        Assert.All(responses, r => Assert.Equal(stream.Questionnaire.AnswerIds.Length, r.Answers.Count));
    }

    [Fact]
    public void Take_Interval_ServedAtInsideInVietnamTimeAndOrdered()
    {
        var from = Monday0730.AddSeconds(0.0004);
        var to = from.AddSeconds(2);

        var responses = Stream().Take(5_000, from, to);

        Assert.All(responses, r => Assert.InRange(r.ServedAt, from, to.AddTicks(-1)));
        Assert.All(responses, r => Assert.Equal(VietnamTime.Offset, r.ServedAt.Offset));
        Assert.Equal(responses.Select(r => r.ServedAt).Order(), responses.Select(r => r.ServedAt));
    }

    [Fact]
    public void Take_LargeSample_ProvinceSharesFollowCommuneCounts()
    {
        var stream = Stream();
        var totalCommunes = (double)Tree.OfKind(UnitKind.Commune).Count();

        var responses = stream.Take(100_000, Monday0730, Monday0730.AddHours(4));

        var byProvince = responses.GroupBy(r => ProvinceOf[r.Unit])
            .ToDictionary(g => g.Key, g => g.Count() / 100_000.0);
        foreach (var province in Tree.OfKind(UnitKind.Province))
        {
            var expected = Tree.Descendants(province.Code).Count(u => u.Kind == UnitKind.Commune) / totalCommunes;
            Assert.Equal(expected, stream.TrafficShare(province.Code), 9);
            Assert.InRange(byProvince[province.Code], expected * 0.85, expected * 1.15);
        }
    }

    [Fact]
    public void Take_LargeSample_ProvinceSatisfactionNearConfiguredLevel()
    {
        var responses = Stream().Take(200_000, Monday0730, Monday0730.AddHours(8));

        foreach (var group in responses.GroupBy(r => ProvinceOf[r.Unit]))
        {
            Assert.InRange(SatisfiedShare(group), Quiet.ProvinceLevel(group.Key) - 0.02, Quiet.ProvinceLevel(group.Key) + 0.02);
        }

        Assert.InRange(SatisfiedShare(responses), 0.83, 0.86);
    }

    [Fact]
    public void Take_LargeSample_FeedbackFactorLowest()
    {
        var responses = Stream().Take(100_000, Monday0730, Monday0730.AddHours(8));

        var feedback = SatisfiedShare(responses, id => id.StartsWith("PA", StringComparison.Ordinal));
        var others = new[] { "TC", "TT", "CC", "KQ" }.Select(p => SatisfiedShare(responses, id => id.StartsWith(p, StringComparison.Ordinal)));
        Assert.All(others, other => Assert.True(feedback < other - 0.01, $"feedback {feedback:P2} vs {other:P2}"));
    }

    [Fact]
    public void Take_LargeSample_KioskMostThenWeb()
    {
        var responses = Stream().Take(50_000, Monday0730, Monday0730.AddHours(8));

        var shares = responses.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Count() / 50_000.0);
        Assert.InRange(shares[ResponseChannels.Kiosk], 0.38, 0.42);
        Assert.InRange(shares[ResponseChannels.Web], 0.20, 0.24);
        Assert.Equal(ResponseChannels.Kiosk, shares.MaxBy(s => s.Value).Key);
        Assert.Equal(ResponseChannels.Phone, shares.MinBy(s => s.Value).Key);
    }

    [Fact]
    public void Next_OneWeek_ShapedByOfficeHours()
    {
        var stream = Stream();
        var monday = VietnamTime.StartOfDay(new DateOnly(2025, 9, 1));
        var perHour = new List<(DateTimeOffset Hour, int Count)>();

        for (var hour = monday; hour < monday.AddDays(7); hour = hour.AddHours(1))
        {
            perHour.Add((hour, stream.Next(hour, hour.AddHours(1), 1).Count));
        }

        int At(int day, int hour) => perHour[(day * 24) + hour].Count;
        Assert.InRange(At(0, 8), 3_599, 3_600);
        Assert.InRange(At(0, 3), 35, 36);
        Assert.InRange(At(2, 15), 3_239, 3_240);
        Assert.InRange(At(5, 9), 1_259, 1_260);
        Assert.InRange(At(6, 9), 35, 36);
        Assert.InRange(perHour.Sum(p => p.Count), stream.Scenario.Traffic.Weight(monday, monday.AddDays(7)) - 1, stream.Scenario.Traffic.Weight(monday, monday.AddDays(7)));
    }

    [Fact]
    public void Take_Degradation_UnitSatisfactionDriftsToTarget()
    {
        var stream = Stream(Scenario.Default);

        var before = stream.Take(20_000, Monday0730, Monday0730.AddMinutes(10)).Count(r => r.Unit == "01.SXD");
        var ramp = stream.Take(60_000, Monday0730.AddMinutes(20), Monday0730.AddMinutes(30)).Where(r => r.Unit == "01.SXD").ToList();
        var held = stream.Take(60_000, Monday0730.AddMinutes(40), Monday0730.AddMinutes(70)).Where(r => r.Unit == "01.SXD").ToList();

        Assert.True(held.Count > 50 * before, $"{held.Count} responses to 01.SXD while degraded, {before} before");
        Assert.InRange(SatisfiedShare(held), 0.55, 0.65);
        Assert.InRange(SatisfiedShare(ramp), SatisfiedShare(held) + 0.03, stream.UsualLevel("01.SXD") - 0.03);
    }

    [Fact]
    public void Take_ComplaintBurst_OnlyLowAnswersAtTheCounterForItsDuration()
    {
        var stream = Stream(Scenario.Default);

        var during = stream.Take(20_000, Monday0730.AddMinutes(20), Monday0730.AddMinutes(35)).Where(r => r.Unit == "79.TTHCC.Q01").ToList();
        var after = stream.Take(20_000, Monday0730.AddMinutes(35), Monday0730.AddMinutes(50)).Where(r => r.Unit == "79.TTHCC.Q01").ToList();

        Assert.True(during.Count >= 300, $"{during.Count} complaints");
        Assert.All(during, r => Assert.All(r.Answers.Values.Append(r.Overall!.Value), level => Assert.InRange(level, 1, 2)));
        Assert.NotEmpty(after);
        Assert.True(SatisfiedShare(after) > 0.5);
    }

    [Fact]
    public void MarkersBetween_ConsecutiveIntervals_ReportsTheMarkerOnce()
    {
        var stream = Stream(Scenario.Default);

        var markers = Enumerable.Range(0, 120)
            .SelectMany(m => stream.MarkersBetween(Monday0730.AddMinutes(m), Monday0730.AddMinutes(m + 1)))
            .ToList();

        var marker = Assert.Single(markers);
        Assert.Equal(["01002", "01001"], marker.Units);
        Assert.Single(stream.MarkersBetween(Monday0730.AddMinutes(45), Monday0730.AddMinutes(45).AddTicks(1)));
    }

    [Fact]
    public void Constructor_EventOnUnknownUnit_Throws()
    {
        var scenario = Quiet with { Events = [new ComplaintBurst("99.NOPE", TimeSpan.Zero, TimeSpan.FromMinutes(1))] };

        var exception = Assert.Throws<ArgumentException>(() => Stream(scenario));

        Assert.Contains("99.NOPE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Tree2019_ResponsesGoToAgenciesAndServicePoints()
    {
        var tree = UnitTreeLoader.Load2019();
        var stream = new ResponseStream(tree, QuestionnaireCatalog.Embedded, Quiet, 7, Monday0730);

        var responses = stream.Take(2_000, Monday0730, Monday0730.AddHours(1));

        Assert.All(responses, r => Assert.True(tree.Get(r.Unit).TakesResponses));
        Assert.Equal(63, responses.Select(r => tree.Ancestors(r.Unit).First(u => u.Kind == UnitKind.Province).Code).Distinct().Count());
    }
}
