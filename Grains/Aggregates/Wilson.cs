namespace Sipas.Grains.Aggregates;

/// <summary>The Wilson score interval for a binomial proportion (Wilson 1927), in percent.</summary>
public static class Wilson
{
    /// <summary>The two-sided 95% normal quantile.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Interval for <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    public static Measure Interval(long successes, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        return n == 0 ? Measure.Empty : Interval((double)successes / n, n);
    }

    /// <summary>Interval for an observed proportion <paramref name="p"/> (0–1) on <paramref name="n"/> observations.</summary>
    public static Measure Interval(double p, long n)
    {
        if (n <= 0)
        {
            return Measure.Empty;
        }

        p = Math.Clamp(p, 0, 1);
        const double z2 = Z95 * Z95;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / denominator;
        return new Measure(100 * p, 100 * Math.Max(0, centre - half), 100 * Math.Min(1, centre + half), n);
    }
}
