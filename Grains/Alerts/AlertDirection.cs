namespace Sipas.Grains.Alerts;

/// <summary>Which side of the threshold is bad.</summary>
public enum AlertDirection
{
    /// <summary>A satisfaction share under the target (the target rule).</summary>
    Below,

    /// <summary>A dissatisfied share at or above the threshold (the burst rule).</summary>
    AtOrAbove,
}
