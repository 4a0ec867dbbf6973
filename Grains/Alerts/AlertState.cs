namespace Sipas.Grains.Alerts;

/// <summary>Where a unit stands against one alert rule (DESIGN.md §3, Grafana's states plus acknowledgement and silences).</summary>
public enum AlertState
{
    Normal,
    InsufficientData,
    Pending,
    Firing,
    Acknowledged,
    Resolved,
    Silenced,
}
