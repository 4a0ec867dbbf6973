namespace Sipas.Grains.Live;

/// <summary>A unit's pooled figures changed: <see cref="Added"/> responses counted since its last change event.</summary>
public sealed record UnitChanged(string Unit, int Added, long Responses, DateTimeOffset At);
