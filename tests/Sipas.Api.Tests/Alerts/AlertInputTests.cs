using Sipas.Api.Alerts;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Alerts;
using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Tests.Alerts;

public sealed class AlertInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly Questionnaire Sipas2017 = Load();

    [Fact]
    public void TryTarget_OnlyTheTarget_DefaultsFromOptions()
    {
        var ok = AlertInput.TryTarget("01", 85, null, null, null, null, null, null, new AlertingOptions(), Sipas2017, "admin", Now, out var target, out _);

        Assert.True(ok);
        Assert.Equal(new AlertTarget("01", 85, "sipas", "30d", 30, TimeSpan.FromMinutes(15), 2, AlertBasis.UpperBound, "admin", Now), target);
    }

    [Theory]
    [InlineData(null, null, null, "target is required")]
    [InlineData(101.0, null, null, "between 0 and 100")]
    [InlineData(85.0, "speed", null, "use one of sipas, access")]
    [InlineData(85.0, null, "2025-01-01..2025-02-01", "does not move with time")]
    [InlineData(85.0, null, "fortnight", "unknown window")]
    public void TryTarget_BadInput_SaysWhatIsAccepted(double? value, string? metric, string? window, string expected)
    {
        var ok = AlertInput.TryTarget("01", value, metric, window, null, null, null, null, new AlertingOptions(), Sipas2017, "admin", Now, out _, out var error);

        Assert.False(ok);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryTarget_FactorPointEstimate_Accepted()
    {
        var ok = AlertInput.TryTarget("01", 80, "feedback", "7d", 50, 0, 1, "point-estimate", new AlertingOptions(), Sipas2017, "admin", Now, out var target, out _);

        Assert.True(ok);
        Assert.Equal(("feedback", "7d", 50, TimeSpan.Zero, AlertBasis.PointEstimate), (target!.Metric, target.Window, target.MinResponses, target.Pending, target.Basis));
    }

    [Fact]
    public void TrySilence_Minutes_EndsThatLaterWithActor()
    {
        var ok = AlertInput.TrySilence("01", "burst", true, 90, null, null, null, null, null, "maintenance", Sipas2017, "leader", Now, out var silence, out _);

        Assert.True(ok);
        Assert.Equal((Now, Now.AddMinutes(90), "burst", true, "leader"), (silence!.StartsAt, silence.EndsAt, silence.Rule, silence.Subtree, silence.CreatedBy));
    }

    [Fact]
    public void TrySilence_RecurringWithoutEnd_Accepted()
    {
        var ok = AlertInput.TrySilence("01", null, false, null, null, null, ["mon-fri"], "17:30", "07:30", null, Sipas2017, "leader", Now, out var silence, out _);

        Assert.True(ok);
        Assert.Null(silence!.EndsAt);
        Assert.Equal(5, silence.Schedule!.Days.Count);
    }

    [Theory]
    [InlineData("nope", 60.0, "rule 'nope' is unknown")]
    [InlineData(null, null, "needs an end")]
    [InlineData(null, -5.0, "more than 0")]
    public void TrySilence_BadInput_SaysWhatIsAccepted(string? rule, double? minutes, string expected)
    {
        var ok = AlertInput.TrySilence("01", rule, false, minutes, null, null, null, null, null, null, Sipas2017, "leader", Now, out _, out var error);

        Assert.False(ok);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void BurstMeasure_DissatisfiedShareOfAnswers_CountsRatings()
    {
        var overall = new QuestionScore("HL", Wilson.Interval(1, 4), 2.5, 1, 3);
        var criterion = new QuestionScore("TC1", Wilson.Interval(3, 4), 4, 3, 1);
        var scores = new UnitScores("sipas-2017", Wilson.Interval(3, 4), [new FactorScore("access", Wilson.Interval(3, 4), [criterion], null)], overall, 3, 4);

        var measure = BurstMeasure.Of(scores);

        Assert.Equal(50, measure.Value, 6); // (3 + 1) dissatisfied of 8 answers
        Assert.Equal(4, measure.N);
    }

    private static Questionnaire Load()
    {
        QuestionnaireCatalog.Embedded.TryGet("sipas-2017", out var questionnaire);
        return questionnaire;
    }
}
