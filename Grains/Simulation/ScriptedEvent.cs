using System.Text.Json.Serialization;

namespace Sipas.Grains.Simulation;

/// <summary>
/// Something scripted to happen in a simulated stream, <paramref name="Start"/> after the stream's origin and lasting
/// <paramref name="Duration"/>. In scenario JSON the kind is the <c>type</c> property.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AgencyDegradation), "degradation")]
[JsonDerivedType(typeof(ComplaintBurst), "complaint-burst")]
[JsonDerivedType(typeof(ReorganisationMarker), "reorganisation")]
public abstract record ScriptedEvent(TimeSpan Start, TimeSpan Duration)
{
    /// <summary>Whether the event is under way at <paramref name="at"/> for a stream starting at <paramref name="origin"/>.</summary>
    public bool IsActive(DateTimeOffset origin, DateTimeOffset at) => at >= origin + Start && at < origin + Start + Duration;

    /// <summary>How far through the event <paramref name="at"/> lies: 0 at its start, 1 at its end.</summary>
    public double Progress(DateTimeOffset origin, DateTimeOffset at) =>
        Duration <= TimeSpan.Zero ? 1 : Math.Clamp((at - (origin + Start)) / Duration, 0, 1);
}
