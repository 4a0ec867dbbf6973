namespace Sipas.Grains.Simulation;

/// <summary>A piece of time with a constant traffic level.</summary>
internal readonly record struct TrafficSegment(DateTimeOffset Start, DateTimeOffset End, double Level)
{
    public double Weight => Level * (End - Start).TotalSeconds;
}
