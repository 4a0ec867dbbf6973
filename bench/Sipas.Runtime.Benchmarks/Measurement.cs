namespace Sipas.Runtime.Benchmarks;

/// <summary>One measured run: operations, wall time and bytes allocated by the whole process meanwhile.</summary>
public sealed record Measurement(long Operations, TimeSpan Elapsed, long AllocatedBytes)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public double BytesPerOperation => Operations == 0 ? 0 : (double)AllocatedBytes / Operations;
}
