using Sipas.Grains.Aggregates;
using Sipas.Grains.Alerts;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Alerts;

public sealed class AlertEvaluatorTests
{
    private const string Unit = "01.STP";

    // Target 80% over 30 days, at least 30 respondents, 15 minutes pending, resolve at 82%.
    private static readonly AlertRule Target = new("sipas", AlertDirection.Below, 80, WindowSpec.Parse("30d"), 30, TimeSpan.FromMinutes(15), 2, AlertBasis.UpperBound);

    // HappyOrNot's burst: 50% dissatisfied within 15 minutes, at least 4 ratings, at once.
    private static readonly AlertRule Burst = new(AlertRule.BurstId, AlertDirection.AtOrAbove, 50, WindowSpec.Burst, 4, TimeSpan.Zero, 0, AlertBasis.PointEstimate);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 7, 1, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Evaluate_FewerRatingsThanMinimum_InsufficientDataNeverFiring()
    {
        var status = Normal(Target);

        var decision = Step(Target, status, Wilson.Interval(0, 3));

        Assert.Equal(AlertState.InsufficientData, decision.Status.State);
        Assert.Equal(AlertState.Normal, decision.Transition!.From);
        Assert.Equal(AlertState.InsufficientData, decision.Transition.To);
        Assert.Equal(3, decision.Transition.N);
    }

    [Fact]
    public void Evaluate_FirstEvaluationStillInsufficient_NoTransition()
    {
        var initial = AlertStatus.Initial(Unit, Target, _clock.GetUtcNow());

        var decision = Step(Target, initial, Wilson.Interval(2, 5));

        Assert.Null(decision.Transition);
        Assert.Equal(AlertState.InsufficientData, decision.Status.State);
        Assert.Equal(5, decision.Status.N);
    }

    [Fact]
    public void Evaluate_EnoughRatingsAboveTarget_NormalWithFigures()
    {
        var initial = AlertStatus.Initial(Unit, Target, _clock.GetUtcNow());
        var measure = Wilson.Interval(90, 100);

        var decision = Step(Target, initial, measure);

        var transition = decision.Transition!;
        Assert.Equal((AlertState.InsufficientData, AlertState.Normal), (transition.From, transition.To));
        Assert.Equal((measure.Value, measure.Low, measure.High, 100L), (transition.Value!.Value, transition.Low!.Value, transition.High!.Value, transition.N));
        Assert.Equal((80.0, "30d", _clock.GetUtcNow()), (transition.Target, transition.Window, transition.At));
    }

    [Fact]
    public void Evaluate_BreachLastingPendingPeriod_PendingThenFiring()
    {
        var bad = Wilson.Interval(40, 100); // upper bound ≈ 50% < 80%

        var pending = Step(Target, Normal(Target), bad);
        _clock.Advance(TimeSpan.FromMinutes(14));
        var stillPending = Step(Target, pending.Status, bad);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var firing = Step(Target, stillPending.Status, bad);

        Assert.Equal(AlertState.Pending, pending.Transition!.To);
        Assert.Null(stillPending.Transition);
        Assert.Equal(AlertState.Pending, stillPending.Status.State);
        Assert.Equal((AlertState.Pending, AlertState.Firing), (firing.Transition!.From, firing.Transition.To));
        Assert.Equal(_clock.GetUtcNow(), firing.Status.Since);
    }

    [Fact]
    public void Evaluate_NoPendingPeriod_FiresAtOnce()
    {
        var rule = Target with { Pending = TimeSpan.Zero };

        var decision = Step(rule, Normal(rule), Wilson.Interval(40, 100));

        Assert.Equal((AlertState.Normal, AlertState.Firing), (decision.Transition!.From, decision.Transition.To));
    }

    [Fact]
    public void Evaluate_BreachClearsWhilePending_BackToNormal()
    {
        var pending = Step(Target, Normal(Target), Wilson.Interval(40, 100));
        _clock.Advance(TimeSpan.FromMinutes(5));

        var cleared = Step(Target, pending.Status, Wilson.Interval(75, 100)); // upper bound ≈ 82% ≥ 80%

        Assert.Equal((AlertState.Pending, AlertState.Normal), (cleared.Transition!.From, cleared.Transition.To));
        Assert.Null(cleared.Status.PendingSince);
    }

    [Fact]
    public void Evaluate_PointEstimateUnderTargetButUpperBoundAbove_DoesNotBreach()
    {
        var measure = Wilson.Interval(31, 40); // 77.5%, upper bound ≈ 88%

        var decision = Step(Target, Normal(Target), measure);

        Assert.Null(decision.Transition);
        Assert.Equal(AlertState.Normal, decision.Status.State);
    }

    [Fact]
    public void Evaluate_PointEstimateBasis_BreachesOnTheValue()
    {
        var rule = Target with { Basis = AlertBasis.PointEstimate };

        var decision = Step(rule, Normal(rule), Wilson.Interval(31, 40));

        Assert.Equal(AlertState.Pending, decision.Status.State);
    }

    [Fact]
    public void Evaluate_FiringBackAboveTargetWithinMargin_StaysFiring()
    {
        var firing = Firing(Target);

        var decision = Step(Target, firing, Wilson.Interval(810, 1000)); // 81%: above 80, under 80 + 2

        Assert.Null(decision.Transition);
        Assert.Equal(AlertState.Firing, decision.Status.State);
        Assert.Equal(81, decision.Status.Value!.Value, 6);
    }

    [Fact]
    public void Evaluate_FiringBackAtTargetPlusMargin_Resolved()
    {
        var firing = Firing(Target);

        var decision = Step(Target, firing, Wilson.Interval(820, 1000));

        Assert.Equal((AlertState.Firing, AlertState.Resolved), (decision.Transition!.From, decision.Transition.To));
        Assert.Equal(82, decision.Transition.Value!.Value, 6);
    }

    [Fact]
    public void Evaluate_ResolvedThenBreachAgain_PendingAgain()
    {
        var resolved = Step(Target, Firing(Target), Wilson.Interval(900, 1000)).Status;
        _clock.Advance(TimeSpan.FromHours(1));

        var decision = Step(Target, resolved, Wilson.Interval(500, 1000));

        Assert.Equal((AlertState.Resolved, AlertState.Pending), (decision.Transition!.From, decision.Transition.To));
        Assert.Equal(_clock.GetUtcNow(), decision.Status.PendingSince);
    }

    [Fact]
    public void Evaluate_FiringFallsUnderMinimum_InsufficientData()
    {
        var decision = Step(Target, Firing(Target), Wilson.Interval(0, 29));

        Assert.Equal((AlertState.Firing, AlertState.InsufficientData), (decision.Transition!.From, decision.Transition.To));
    }

    [Fact]
    public void Acknowledge_Firing_AcknowledgedWithWhoAndComment()
    {
        var decision = AlertEvaluator.Acknowledge(Firing(Target), "leader-01", "Đang xử lý", _clock.GetUtcNow())!;

        Assert.Equal((AlertState.Firing, AlertState.Acknowledged), (decision.Transition!.From, decision.Transition.To));
        Assert.Equal(("leader-01", "Đang xử lý"), (decision.Transition.Actor, decision.Transition.Comment));
        Assert.Equal(("leader-01", "Đang xử lý"), (decision.Status.AcknowledgedBy, decision.Status.Comment));
    }

    [Fact]
    public void Acknowledge_NotFiring_Refused()
    {
        var decision = AlertEvaluator.Acknowledge(Normal(Target), "leader-01", null, _clock.GetUtcNow());

        Assert.Null(decision);
    }

    [Fact]
    public void Evaluate_AcknowledgedStillBreaching_StaysAcknowledged()
    {
        var acknowledged = AlertEvaluator.Acknowledge(Firing(Target), "leader-01", "ok", _clock.GetUtcNow())!.Status;

        var decision = Step(Target, acknowledged, Wilson.Interval(40, 100));

        Assert.Null(decision.Transition);
        Assert.Equal(("leader-01", AlertState.Acknowledged), (decision.Status.AcknowledgedBy, decision.Status.State));
    }

    [Fact]
    public void Evaluate_AcknowledgedRecovers_ResolvedAndAcknowledgementCleared()
    {
        var acknowledged = AlertEvaluator.Acknowledge(Firing(Target), "leader-01", "ok", _clock.GetUtcNow())!.Status;

        var decision = Step(Target, acknowledged, Wilson.Interval(90, 100));

        Assert.Equal((AlertState.Acknowledged, AlertState.Resolved), (decision.Transition!.From, decision.Transition.To));
        Assert.Null(decision.Status.AcknowledgedBy);
    }

    [Fact]
    public void Evaluate_SilencedWhileFiring_SilencedThenFiringWhenSilenceEnds()
    {
        var bad = Wilson.Interval(40, 100);
        var firing = Firing(Target);

        var silenced = Step(Target, firing, bad, silenced: true);
        _clock.Advance(TimeSpan.FromHours(1));
        var still = Step(Target, silenced.Status, bad, silenced: true);
        var back = Step(Target, still.Status, bad, silenced: false);

        Assert.Equal((AlertState.Firing, AlertState.Silenced), (silenced.Transition!.From, silenced.Transition.To));
        Assert.Null(still.Transition);
        Assert.Equal(AlertState.Firing, still.Status.Condition);
        Assert.Equal((AlertState.Silenced, AlertState.Firing), (back.Transition!.From, back.Transition.To));
    }

    [Fact]
    public void Evaluate_SilencedPendingReachesPeriod_FiresUnderneathAndShowsFiringAfterwards()
    {
        var bad = Wilson.Interval(40, 100);
        var pending = Step(Target, Normal(Target), bad, silenced: true);
        _clock.Advance(TimeSpan.FromMinutes(20));

        var underneath = Step(Target, pending.Status, bad, silenced: true);
        var after = Step(Target, underneath.Status, bad, silenced: false);

        Assert.Equal((AlertState.Normal, AlertState.Silenced), (pending.Transition!.From, pending.Transition.To));
        Assert.Equal((AlertState.Silenced, AlertState.Firing), (underneath.Status.State, underneath.Status.Condition));
        Assert.Null(underneath.Transition);
        Assert.Equal((AlertState.Silenced, AlertState.Firing), (after.Transition!.From, after.Transition.To));
    }

    [Fact]
    public void Evaluate_SilencedNormalUnit_StaysNormal()
    {
        var decision = Step(Target, Normal(Target), Wilson.Interval(90, 100), silenced: true);

        Assert.Null(decision.Transition);
        Assert.Equal(AlertState.Normal, decision.Status.State);
    }

    [Fact]
    public void Evaluate_SilencedAlertRecovers_Resolved()
    {
        var silenced = Step(Target, Firing(Target), Wilson.Interval(40, 100), silenced: true).Status;

        var decision = Step(Target, silenced, Wilson.Interval(95, 100), silenced: true);

        Assert.Equal((AlertState.Silenced, AlertState.Resolved), (decision.Transition!.From, decision.Transition.To));
    }

    [Fact]
    public void Resilence_FiringAlertSilencedByAPerson_TransitionCarriesActor()
    {
        var decision = AlertEvaluator.Resilence(Firing(Target), silenced: true, "leader-01", "bảo trì", _clock.GetUtcNow());

        Assert.Equal((AlertState.Firing, AlertState.Silenced), (decision.Transition!.From, decision.Transition.To));
        Assert.Equal(("leader-01", "bảo trì"), (decision.Transition.Actor, decision.Transition.Comment));
    }

    [Fact]
    public void Evaluate_MuteWindowOutsideOfficeHours_SilencesInTheEveningAndFiresInTheMorning()
    {
        // Mondays to Fridays, 17:30 to 07:30 Hanoi time (UTC+7). 2025-07-01 is a Tuesday.
        MuteSchedule.TryCreate(["mon-fri"], "17:30", "07:30", out var schedule, out _);
        var silence = new AlertSilence("s1", Unit, null, false, _clock.GetUtcNow(), null, schedule, "admin", _clock.GetUtcNow(), null);
        var bad = Wilson.Interval(40, 100);
        var firing = Firing(Target);
        _clock.SetUtcNow(new DateTimeOffset(2025, 7, 1, 18, 0, 0, TimeSpan.FromHours(7)));

        var evening = Step(Target, firing, bad, silence.IsActiveAt(_clock.GetUtcNow()));
        _clock.SetUtcNow(new DateTimeOffset(2025, 7, 2, 7, 0, 0, TimeSpan.FromHours(7)));
        var early = Step(Target, evening.Status, bad, silence.IsActiveAt(_clock.GetUtcNow()));
        _clock.SetUtcNow(new DateTimeOffset(2025, 7, 2, 7, 30, 0, TimeSpan.FromHours(7)));
        var morning = Step(Target, early.Status, bad, silence.IsActiveAt(_clock.GetUtcNow()));

        Assert.Equal(AlertState.Silenced, evening.Transition!.To);
        Assert.Null(early.Transition);
        Assert.Equal((AlertState.Silenced, AlertState.Firing), (morning.Transition!.From, morning.Transition.To));
    }

    [Fact]
    public void Evaluate_BurstAtThresholdWithMinimumRatings_FiresAtOnce()
    {
        var decision = Step(Burst, AlertStatus.Initial(Unit, Burst, _clock.GetUtcNow()), Share(dissatisfied: 2, answers: 4, ratings: 4));

        Assert.Equal((AlertState.Normal, AlertState.Firing), (decision.Transition!.From, decision.Transition.To));
        Assert.Equal(50, decision.Transition.Value!.Value, 6);
        Assert.Equal(4, decision.Transition.N);
    }

    [Fact]
    public void Evaluate_BurstUnderMinimumRatings_NoBurstAndNoInsufficientData()
    {
        var decision = Step(Burst, AlertStatus.Initial(Unit, Burst, _clock.GetUtcNow()), Share(dissatisfied: 3, answers: 3, ratings: 3));

        Assert.Null(decision.Transition);
        Assert.Equal(AlertState.Normal, decision.Status.State);
    }

    [Fact]
    public void Evaluate_BurstUnderThreshold_NoBurst()
    {
        var decision = Step(Burst, AlertStatus.Initial(Unit, Burst, _clock.GetUtcNow()), Share(dissatisfied: 4, answers: 10, ratings: 10));

        Assert.Null(decision.Transition);
    }

    [Fact]
    public void Evaluate_BurstShareFalls_Resolved()
    {
        var firing = Step(Burst, AlertStatus.Initial(Unit, Burst, _clock.GetUtcNow()), Share(3, 4, 4)).Status;
        _clock.Advance(TimeSpan.FromMinutes(5));

        var decision = Step(Burst, firing, Share(3, 10, 10));

        Assert.Equal((AlertState.Firing, AlertState.Resolved), (decision.Transition!.From, decision.Transition.To));
    }

    [Fact]
    public void Evaluate_BurstWindowEmpties_Resolved()
    {
        var firing = Step(Burst, AlertStatus.Initial(Unit, Burst, _clock.GetUtcNow()), Share(4, 4, 4)).Status;
        _clock.Advance(TimeSpan.FromMinutes(20));

        var decision = Step(Burst, firing, Measure.Empty);

        Assert.Equal((AlertState.Firing, AlertState.Resolved), (decision.Transition!.From, decision.Transition.To));
        Assert.Equal(0, decision.Transition.N);
    }

    private AlertDecision Step(AlertRule rule, AlertStatus previous, Measure measure, bool silenced = false) =>
        AlertEvaluator.Evaluate(rule, previous, measure, silenced, _clock.GetUtcNow());

    private AlertStatus Normal(AlertRule rule)
    {
        var decision = Step(rule, AlertStatus.Initial(Unit, rule, _clock.GetUtcNow()), Wilson.Interval(95, 100));
        Assert.Equal(AlertState.Normal, decision.Status.State);
        return decision.Status;
    }

    private AlertStatus Firing(AlertRule rule)
    {
        var immediate = rule with { Pending = TimeSpan.Zero };
        var decision = Step(immediate, Normal(rule), Wilson.Interval(40, 100));
        Assert.Equal(AlertState.Firing, decision.Status.State);
        return decision.Status;
    }

    private static Measure Share(long dissatisfied, long answers, long ratings) =>
        Wilson.Interval(dissatisfied, answers) with { N = ratings };
}
