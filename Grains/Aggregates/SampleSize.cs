namespace Sipas.Grains.Aggregates;

/// <summary>The sample size the ministry's surveys use (Slovin/Yamane): n = N / (1 + N·e²), rounded up.</summary>
public static class SampleSize
{
    /// <summary>Responses needed from a population of <paramref name="population"/> for a margin of <paramref name="margin"/> (default 5%).</summary>
    public static long Required(long population, double margin = 0.05)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(margin);
        return (long)Math.Ceiling(population / (1 + (population * margin * margin)));
    }
}
