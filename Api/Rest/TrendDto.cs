namespace Sipas.Api.Rest;

/// <summary>A unit's SIPAS bucket by bucket (<c>GET /api/v1/units/{code}/trend</c>), oldest first.</summary>
public sealed record TrendDto(string Unit, string Questionnaire, string Resolution, IReadOnlyList<TrendPointDto> Points);
