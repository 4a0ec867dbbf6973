namespace Sipas.Grains.Simulation;

/// <summary>
/// A point in the stream where the caller should apply a reorganisation (the stream itself does not change the
/// tree): <see cref="ResponseStream.MarkersBetween"/> reports it once its time is reached. <paramref name="Name"/>
/// identifies the plan to the caller; <paramref name="Units"/> are the codes concerned.
/// </summary>
public sealed record ReorganisationMarker(TimeSpan Start, string Name, string Description, IReadOnlyList<string> Units)
    : ScriptedEvent(Start, TimeSpan.Zero);
