namespace Sipas.Api.Rest;

/// <summary>An answer scale: its levels and which of them count as satisfied.</summary>
public sealed record ScaleDto(string Id, IReadOnlyList<ScaleLevelDto> Levels, IReadOnlyList<int> Satisfied);
