namespace Sipas.LoadGen.Stats;

/// <summary>Request latencies in milliseconds; percentiles by nearest rank over everything recorded (runs are short).</summary>
internal sealed class LatencyRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _values = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _values.Count;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        lock (_gate)
        {
            _values.Add(Math.Max(0, latency.TotalMilliseconds));
        }
    }

    /// <summary>The <paramref name="percentile"/> (0..100) latency, nearest rank; 0 when nothing was recorded.</summary>
    public double Percentile(double percentile)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _values];
        }

        if (sorted.Length == 0)
        {
            return 0;
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
