namespace Sipas.Grains.Simulation;

/// <summary>
/// A wave of complaints at one kiosk or service point: while it lasts, every response to <paramref name="Unit"/> (or
/// a unit below it) answers every question with a dissatisfied level (1 or 2 on the 5-level scale), through the
/// kiosk, and <paramref name="Share"/> of the whole stream is steered there.
/// </summary>
public sealed record ComplaintBurst(string Unit, TimeSpan Start, TimeSpan Duration, double Share = 0.02)
    : ScriptedEvent(Start, Duration);
