namespace Sipas.Api.Rest;

/// <summary>One level of a scale with its Vietnamese and English labels.</summary>
public sealed record ScaleLevelDto(int Value, string Vi, string En);
