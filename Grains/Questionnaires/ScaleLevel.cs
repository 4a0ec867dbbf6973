namespace Sipas.Grains.Questionnaires;

/// <summary>One answer level of a scale with its Vietnamese and English labels.</summary>
public sealed record ScaleLevel(int Value, string Vi, string En);
