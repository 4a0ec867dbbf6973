using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Alerts;

/// <summary>
/// A unit's satisfaction target: the <see cref="Metric"/> (<c>sipas</c> or a factor id) must stay at or above
/// <see cref="Target"/> percent over <see cref="Window"/>. Below <see cref="MinResponses"/> respondents the unit has
/// insufficient data; a breach must last <see cref="Pending"/> before it fires, and a firing alert resolves only at
/// <see cref="Target"/> + <see cref="Margin"/>. <see cref="Unit"/> is where the target was set (an ancestor's, when
/// inherited), <see cref="SetBy"/>/<see cref="SetAt"/> who set it and when (null for the national default).
/// </summary>
public sealed record AlertTarget(
    string Unit,
    double Target,
    string Metric,
    string Window,
    int MinResponses,
    TimeSpan Pending,
    double Margin,
    AlertBasis Basis,
    string? SetBy = null,
    DateTimeOffset? SetAt = null)
{
    /// <summary>The metric of the overall index.</summary>
    public const string Sipas = "sipas";

    /// <summary>The rule this target makes.</summary>
    public AlertRule ToRule() => new(Metric, AlertDirection.Below, Target, WindowSpec.Parse(Window), MinResponses, Pending, Margin, Basis);
}
