namespace Sipas.Api.Rest;

/// <summary>The answer of <c>GET /api/v1/alerts</c>.</summary>
public sealed record AlertListDto(IReadOnlyList<AlertDto> Alerts);
