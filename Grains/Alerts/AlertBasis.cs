namespace Sipas.Grains.Alerts;

/// <summary>Which figure decides that a unit is below its target.</summary>
public enum AlertBasis
{
    /// <summary>The upper bound of the Wilson 95% interval is under the target: confidently below (the default).</summary>
    UpperBound,

    /// <summary>The point estimate is under the target (quicker, and noisier on small samples).</summary>
    PointEstimate,
}
