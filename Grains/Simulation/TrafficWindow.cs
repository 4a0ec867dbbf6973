namespace Sipas.Grains.Simulation;

/// <summary>A stretch of the day (Vietnam time, <paramref name="To"/> exclusive) with a traffic level relative to the peak (1).</summary>
public sealed record TrafficWindow(TimeOnly From, TimeOnly To, double Level);
