using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Alerts;

/// <summary>
/// The alert state machine, pure: rule + previous status + measure + silence + clock → next status and transition.
/// <list type="bullet">
/// <item>Fewer than the minimum n: INSUFFICIENT_DATA (never FIRING); for the burst rule, no burst.</item>
/// <item>Breach (the Wilson upper bound under the target, or the point estimate if the rule says so): PENDING, then
/// FIRING once the breach has lasted the pending period (at once with none).</item>
/// <item>A pending breach that clears goes back to NORMAL; a firing or acknowledged alert resolves only when the point
/// estimate is back at the target plus the margin (hysteresis), and stays RESOLVED until the next breach.</item>
/// <item>A silence shows SILENCED over PENDING, FIRING or ACKNOWLEDGED; the machine underneath keeps going.</item>
/// </list>
/// </summary>
public static class AlertEvaluator
{
    public static AlertDecision Evaluate(AlertRule rule, AlertStatus previous, Measure measure, bool silenced, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(measure);
        var (condition, pendingSince) = Next(rule, previous, measure, now);
        var state = silenced && AlertStatus.IsActive(condition) ? AlertState.Silenced : condition;
        var next = previous with
        {
            Condition = condition,
            State = state,
            PendingSince = pendingSince,
            Value = measure.HasData ? measure.Value : null,
            Low = measure.HasData ? measure.Low : null,
            High = measure.HasData ? measure.High : null,
            N = measure.N,
            Target = rule.Threshold,
            Window = rule.Window.Name,
            EvaluatedAt = now,
        };
        if (condition != AlertState.Acknowledged)
        {
            next = next with { AcknowledgedBy = null, Comment = null };
        }

        if (state == previous.State)
        {
            return new AlertDecision(next, null);
        }

        next = next with { Since = now };
        return new AlertDecision(next, Transition(previous.State, next, actor: null, comment: null));
    }

    /// <summary>A person acknowledges a FIRING alert; null when it is not firing (the caller reports its state).</summary>
    public static AlertDecision? Acknowledge(AlertStatus previous, string actor, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (previous.State != AlertState.Firing)
        {
            return null;
        }

        var next = previous with
        {
            State = AlertState.Acknowledged,
            Condition = AlertState.Acknowledged,
            Since = now,
            AcknowledgedBy = actor,
            Comment = comment,
        };
        return new AlertDecision(next, Transition(previous.State, next, actor, comment));
    }

    /// <summary>
    /// A silence began or ended without new figures: the visible state follows, the machine underneath stays.
    /// <paramref name="actor"/> and <paramref name="comment"/> describe who silenced or unsilenced, if a person did.
    /// </summary>
    public static AlertDecision Resilence(AlertStatus previous, bool silenced, string? actor, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var state = silenced && AlertStatus.IsActive(previous.Condition) ? AlertState.Silenced : previous.Condition;
        if (state == previous.State)
        {
            return new AlertDecision(previous, null);
        }

        var next = previous with { State = state, Since = now };
        return new AlertDecision(next, Transition(previous.State, next, actor, comment));
    }

    /// <summary>Whether the figures breach the rule (false below the minimum n).</summary>
    public static bool IsBreaching(AlertRule rule, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(measure);
        if (measure.N < rule.MinCount || !measure.HasData)
        {
            return false;
        }

        return rule.Direction == AlertDirection.Below
            ? (rule.Basis == AlertBasis.UpperBound ? measure.High : measure.Value) < rule.Threshold
            : (rule.Basis == AlertBasis.UpperBound ? measure.Low : measure.Value) >= rule.Threshold;
    }

    /// <summary>Whether a firing alert may resolve: back past the threshold by the margin (or, for a burst, the burst is over).</summary>
    public static bool IsRecovered(AlertRule rule, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(measure);
        if (measure.N < rule.MinCount || !measure.HasData)
        {
            return rule.Direction == AlertDirection.AtOrAbove;
        }

        return rule.Direction == AlertDirection.Below
            ? measure.Value >= rule.Threshold + rule.Margin
            : measure.Value < rule.Threshold - rule.Margin;
    }

    private static (AlertState Condition, DateTimeOffset? PendingSince) Next(AlertRule rule, AlertStatus previous, Measure measure, DateTimeOffset now)
    {
        var insufficient = measure.N < rule.MinCount && rule.Direction == AlertDirection.Below;
        var breaching = IsBreaching(rule, measure);
        switch (previous.Condition)
        {
            case AlertState.Pending:
                if (insufficient)
                {
                    return (AlertState.InsufficientData, null);
                }

                var since = previous.PendingSince ?? now;
                return !breaching ? (AlertState.Normal, null)
                    : now - since >= rule.Pending ? (AlertState.Firing, null)
                    : (AlertState.Pending, since);

            case AlertState.Firing or AlertState.Acknowledged:
                return insufficient ? (AlertState.InsufficientData, null)
                    : IsRecovered(rule, measure) ? (AlertState.Resolved, null)
                    : (previous.Condition, null);

            default: // Normal, InsufficientData, Resolved: quiet
                return insufficient ? (AlertState.InsufficientData, null)
                    : breaching ? (rule.Pending <= TimeSpan.Zero ? (AlertState.Firing, null) : (AlertState.Pending, now))
                    : previous.Condition == AlertState.InsufficientData ? (AlertState.Normal, null)
                    : (previous.Condition, null);
        }
    }

    private static AlertTransition Transition(AlertState from, AlertStatus next, string? actor, string? comment) =>
        new(0, next.Unit, next.Rule, from, next.State, next.Value, next.Low, next.High, next.N, next.Target, next.Window, next.Since, actor, comment);
}
