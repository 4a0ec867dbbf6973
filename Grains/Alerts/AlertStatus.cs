namespace Sipas.Grains.Alerts;

/// <summary>
/// Where one unit stands against one rule now. <see cref="State"/> is what people see; <see cref="Condition"/> is the
/// state machine underneath, which goes on while a silence shows <see cref="AlertState.Silenced"/> (so the alert comes
/// back FIRING, or RESOLVED, when the silence ends). <see cref="Since"/> is when <see cref="State"/> was entered,
/// <see cref="PendingSince"/> when the current breach began. Figures are the last evaluation's, in percent.
/// </summary>
public sealed record AlertStatus(
    string Unit,
    string Rule,
    AlertState State,
    AlertState Condition,
    DateTimeOffset Since,
    DateTimeOffset? PendingSince,
    double? Value,
    double? Low,
    double? High,
    long N,
    double Target,
    string Window,
    DateTimeOffset EvaluatedAt,
    string? AcknowledgedBy = null,
    string? Comment = null)
{
    /// <summary>The alert's id: <c>unit:rule</c>.</summary>
    public string Id => MakeId(Unit, Rule);

    public static string MakeId(string unit, string rule) => $"{unit}:{rule}";

    /// <summary>
    /// A rule nobody has evaluated yet: a target rule starts with insufficient data, a burst rule normal. The first
    /// evaluation that finds the same state records no transition.
    /// </summary>
    public static AlertStatus Initial(string unit, AlertRule rule, DateTimeOffset now)
    {
        var state = rule.Direction == AlertDirection.Below ? AlertState.InsufficientData : AlertState.Normal;
        return new AlertStatus(unit, rule.Id, state, state, now, null, null, null, null, 0, rule.Threshold, rule.Window.Name, now);
    }

    /// <summary>Pending, firing or acknowledged: what a silence hides and what a person may need to act on.</summary>
    public static bool IsActive(AlertState state) => state is AlertState.Pending or AlertState.Firing or AlertState.Acknowledged;
}
