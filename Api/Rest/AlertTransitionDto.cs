using Sipas.Grains.Alerts;

namespace Sipas.Api.Rest;

/// <summary>An <see cref="AlertTransition"/> on the wire (REST history and webhook bodies): states by their wire names, figures in percent.</summary>
public sealed record AlertTransitionDto(
    long Sequence,
    string Unit,
    string Rule,
    string From,
    string To,
    double? Value,
    double? Low,
    double? High,
    long N,
    double Target,
    string Window,
    DateTimeOffset At,
    string? Actor,
    string? Comment)
{
    public static AlertTransitionDto Of(AlertTransition t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Sequence, t.Unit, t.Rule, AlertStateNames.Name(t.From), AlertStateNames.Name(t.To), t.Value, t.Low, t.High, t.N, t.Target, t.Window, t.At, t.Actor, t.Comment);
    }
}
