using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>Alert rules' defaults and the evaluator's pace. Bound from the <c>Alerting</c> configuration section.</summary>
public sealed class AlertingOptions
{
    public const string Section = "Alerting";

    /// <summary>The national default target, percent, for units without their own or an ancestor's. Default 80.</summary>
    public double DefaultTarget { get; set; } = 80;

    /// <summary>The default metric: <c>sipas</c> or a factor id. Default <c>sipas</c>.</summary>
    public string DefaultMetric { get; set; } = AlertTarget.Sipas;

    /// <summary>The default window of a target. Default <c>30d</c>.</summary>
    public string DefaultWindow { get; set; } = "30d";

    /// <summary>Fewest respondents in the window to judge a unit; below it the unit has insufficient data. Default 30.</summary>
    public int DefaultMinResponses { get; set; } = 30;

    /// <summary>How long a breach must last before it fires. Default 15 minutes.</summary>
    public TimeSpan DefaultPending { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Percentage points above the target a firing alert must reach to resolve. Default 2.</summary>
    public double DefaultMargin { get; set; } = 2;

    /// <summary>What decides a breach: the Wilson upper bound (default) or the point estimate.</summary>
    public AlertBasis DefaultBasis { get; set; } = AlertBasis.UpperBound;

    /// <summary>The questionnaire whose figures the rules follow; null: <c>Live:DefaultQuestionnaire</c>.</summary>
    public string? Questionnaire { get; set; }

    /// <summary>The burst rule for counters and kiosks.</summary>
    public BurstRule Burst { get; set; } = new();

    /// <summary>How often units whose figures changed are evaluated (changes in between coalesce). Default 1 s.</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often pending, firing, acknowledged and silenced alerts are evaluated without a change (pending periods
    /// ending, burst windows emptying, mute windows opening and closing). Default 30 s.
    /// </summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many units' figures are read at once. Default 32.</summary>
    public int Parallelism { get; set; } = 32;

    /// <summary>How long transitions stay in the alert history. Default 730 days (two years, like the daily figures).</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(730);

    /// <summary>How often old history and settled webhook deliveries are deleted. Default 1 hour.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
