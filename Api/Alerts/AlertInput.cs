using System.Diagnostics.CodeAnalysis;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Alerts;
using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Alerts;

/// <summary>Checks what people send (targets, silences) for REST and GraphQL alike; each error says what is accepted.</summary>
public static class AlertInput
{
    public const int MaxPendingMinutes = 7 * 24 * 60;

    /// <summary>The rule ids a unit can have: <c>sipas</c>, the questionnaire's factor ids, and <c>burst</c>.</summary>
    public static IReadOnlyList<string> RuleIds(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return [AlertTarget.Sipas, .. questionnaire.Factors.Select(f => f.Id), AlertRule.BurstId];
    }

    public static bool TryTarget(
        string unit, double? target, string? metric, string? window, int? minResponses, double? pendingMinutes, double? margin, string? basis,
        AlertingOptions defaults, Questionnaire questionnaire, string actor, DateTimeOffset now,
        [NotNullWhen(true)] out AlertTarget? result, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(questionnaire);
        result = null;
        var metrics = RuleIds(questionnaire).Where(r => r != AlertRule.BurstId).ToList();
        var metricId = metric?.Trim().ToLowerInvariant() ?? defaults.DefaultMetric;
        var windowName = window?.Trim() ?? defaults.DefaultWindow;
        var basisValue = defaults.DefaultBasis;
        error = target switch
        {
            null => "target is required: a percent between 0 and 100, e.g. 85",
            < 0 or > 100 or double.NaN => $"target {target} is not a percent: give a number between 0 and 100",
            _ => null,
        };
        error ??= metrics.Contains(metricId, StringComparer.Ordinal) ? null : $"metric '{metric}' is unknown: use one of {string.Join(", ", metrics)}";
        WindowSpec? spec = null;
        error ??= !WindowSpec.TryParse(windowName, out spec, out var windowError) ? windowError
            : spec.Kind is WindowKind.Range or WindowKind.All ? $"window '{windowName}' does not move with time: use 24h, 7d, 30d, 90d, month, quarter or year"
            : null;
        error ??= minResponses is < 1 or > 1_000_000 ? $"minResponses {minResponses} must be between 1 and 1000000" : null;
        error ??= pendingMinutes is < 0 or > MaxPendingMinutes or double.NaN ? $"pendingMinutes {pendingMinutes} must be between 0 and {MaxPendingMinutes} (a week)" : null;
        error ??= margin is < 0 or > 50 or double.NaN ? $"margin {margin} must be between 0 and 50 percentage points" : null;
        error ??= basis is null || TryBasis(basis, out basisValue) ? null : $"basis '{basis}' is unknown: use upper-bound (the Wilson bound) or point-estimate";
        if (error is not null)
        {
            return false;
        }

        result = new AlertTarget(
            unit, target!.Value, metricId, spec!.Name, minResponses ?? defaults.DefaultMinResponses,
            pendingMinutes is { } p ? TimeSpan.FromMinutes(p) : defaults.DefaultPending, margin ?? defaults.DefaultMargin, basisValue, actor, now);
        return true;
    }

    public static bool TryBasis(string text, out AlertBasis basis)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "upper-bound" or "upper_bound" or "upperbound" or "wilson":
                basis = AlertBasis.UpperBound;
                return true;
            case "point-estimate" or "point_estimate" or "pointestimate" or "point":
                basis = AlertBasis.PointEstimate;
                return true;
            default:
                basis = default;
                return false;
        }
    }

    public static bool TrySilence(
        string unit, string? rule, bool subtree, double? minutes, DateTimeOffset? until, DateTimeOffset? startsAt,
        IReadOnlyList<string>? days, string? from, string? to, string? comment, Questionnaire questionnaire, string actor, DateTimeOffset now,
        [NotNullWhen(true)] out AlertSilence? silence, [NotNullWhen(false)] out string? error)
    {
        silence = null;
        var rules = RuleIds(questionnaire);
        if (rule is not null && !rules.Contains(rule, StringComparer.Ordinal))
        {
            error = $"rule '{rule}' is unknown: use one of {string.Join(", ", rules)}, or leave it out to silence every rule";
            return false;
        }

        MuteSchedule? schedule = null;
        var recurring = days is { Count: > 0 } || from is not null || to is not null;
        if (recurring && !MuteSchedule.TryCreate(days, from, to, out schedule, out error))
        {
            return false;
        }

        if (minutes is not null && until is not null)
        {
            error = "give either minutes or until, not both";
            return false;
        }

        if (minutes is <= 0 or > 366 * 24 * 60 or double.NaN)
        {
            error = $"minutes {minutes} must be more than 0 and at most a year";
            return false;
        }

        var start = startsAt ?? now;
        DateTimeOffset? end = minutes is { } m ? start.AddMinutes(m) : until;
        if (end is null && schedule is null)
        {
            error = "a silence needs an end (minutes or until) or a recurring mute window (days, from, to)";
            return false;
        }

        if (end <= start || end <= now)
        {
            error = $"the silence would end ({end:O}) before it starts ({start:O}) or in the past";
            return false;
        }

        if (comment?.Length > 1000)
        {
            error = "comment is longer than 1000 characters";
            return false;
        }

        silence = new AlertSilence(Guid.NewGuid().ToString("N"), unit, rule, subtree, start, end, schedule, actor, now, comment);
        error = null;
        return true;
    }
}
