using Sipas.Grains.Alerts;

namespace Sipas.Api.Rest;

/// <summary>
/// The target that applies to <see cref="Unit"/>. <see cref="Source"/> says where it comes from: <c>own</c>,
/// <c>inherited</c> (from <see cref="InheritedFrom"/>) or <c>default</c> (the national default).
/// </summary>
public sealed record AlertTargetDto(
    string Unit,
    double Target,
    string Metric,
    string Window,
    int MinResponses,
    double PendingMinutes,
    double Margin,
    string Basis,
    string Source,
    string? InheritedFrom,
    string? SetBy,
    DateTimeOffset? SetAt)
{
    public static AlertTargetDto Of(string unit, AlertTarget t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var source = t.SetBy is null ? "default" : string.Equals(t.Unit, unit, StringComparison.Ordinal) ? "own" : "inherited";
        return new(unit, t.Target, t.Metric, t.Window, t.MinResponses, t.Pending.TotalMinutes, t.Margin, BasisName(t.Basis), source,
            source == "inherited" ? t.Unit : null, t.SetBy, t.SetAt);
    }

    public static string BasisName(AlertBasis basis) => basis == AlertBasis.PointEstimate ? "point-estimate" : "upper-bound";
}
