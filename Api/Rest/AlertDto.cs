using Sipas.Grains.Alerts;

namespace Sipas.Api.Rest;

/// <summary>One current alert: <see cref="Id"/> is <c>unit:rule</c>, <see cref="Since"/> when it entered its state.</summary>
public sealed record AlertDto(
    string Id,
    string Unit,
    string Rule,
    string State,
    double? Value,
    double? Low,
    double? High,
    long N,
    double Target,
    string Window,
    DateTimeOffset Since,
    string? AcknowledgedBy,
    string? Comment)
{
    public static AlertDto From(AlertStatus s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Unit, s.Rule, AlertStateNames.Name(s.State), s.Value, s.Low, s.High, s.N, s.Target, s.Window, s.Since, s.AcknowledgedBy, s.Comment);
    }
}
