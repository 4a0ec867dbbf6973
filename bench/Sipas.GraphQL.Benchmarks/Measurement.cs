using System.Globalization;

namespace Sipas.GraphQL.Benchmarks;

/// <summary>Operations completed in a measured time.</summary>
internal sealed record Measurement(long Operations, TimeSpan Elapsed)
{
    public double MicrosecondsPerOperation => Elapsed.TotalMicroseconds / Operations;

    public double OperationsPerSecond => Operations / Elapsed.TotalSeconds;

    public static string Format(double value, int decimals = 1) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
