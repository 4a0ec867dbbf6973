namespace Sipas.Grains.Simulation;

/// <summary>
/// The satisfaction of <paramref name="Unit"/> (and every unit below it) drifts linearly from its usual level down to
/// <paramref name="Target"/> over <paramref name="Ramp"/> (default: the whole event), then stays there until the
/// event ends. <paramref name="Share"/> of the whole stream is steered to the unit meanwhile, so a rule watching it
/// gets enough responses to fire whatever the rate.
/// </summary>
public sealed record AgencyDegradation(
    string Unit,
    TimeSpan Start,
    TimeSpan Duration,
    double Target = 0.6,
    TimeSpan? Ramp = null,
    double Share = 0.01)
    : ScriptedEvent(Start, Duration)
{
    /// <summary>The satisfaction level at <paramref name="at"/> for a unit whose usual level is <paramref name="usual"/>.</summary>
    public double LevelAt(DateTimeOffset origin, DateTimeOffset at, double usual)
    {
        var ramp = Ramp ?? Duration;
        var progress = ramp <= TimeSpan.Zero ? 1 : Math.Clamp((at - (origin + Start)) / ramp, 0, 1);
        return usual + ((Target - usual) * progress);
    }
}
