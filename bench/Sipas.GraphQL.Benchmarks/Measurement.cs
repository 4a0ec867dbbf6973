using System.Globalization;

namespace Sipas.GraphQL.Benchmarks;

/// <summary>Operations completed in a measured wall-clock time, and the process CPU time they took.</summary>
internal sealed record Measurement(long Operations, TimeSpan Elapsed, TimeSpan CpuTime = default)
{
    public double MicrosecondsPerOperation => Elapsed.TotalMicroseconds / Operations;

    /// <summary>CPU time per operation: less sensitive than wall time to other processes on a shared machine.</summary>
    public double CpuMicrosecondsPerOperation => CpuTime.TotalMicroseconds / Operations;

    public double OperationsPerSecond => Operations / Elapsed.TotalSeconds;

    public static string Format(double value, int decimals = 1) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
