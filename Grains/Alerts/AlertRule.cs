using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Alerts;

/// <summary>
/// One rule as the evaluator applies it. <see cref="Id"/> is <c>sipas</c>, a factor id, or <c>burst</c>.
/// <see cref="MinCount"/> is the smallest n the rule judges: below it a <see cref="AlertDirection.Below"/> rule reports
/// insufficient data, and a <see cref="AlertDirection.AtOrAbove"/> (burst) rule sees no burst.
/// </summary>
public sealed record AlertRule(
    string Id,
    AlertDirection Direction,
    double Threshold,
    WindowSpec Window,
    long MinCount,
    TimeSpan Pending,
    double Margin,
    AlertBasis Basis)
{
    /// <summary>The id of the burst rule.</summary>
    public const string BurstId = "burst";
}
