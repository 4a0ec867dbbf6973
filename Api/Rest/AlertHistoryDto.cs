namespace Sipas.Api.Rest;

/// <summary>The answer of <c>GET /api/v1/alerts/history</c>: transitions, newest first.</summary>
public sealed record AlertHistoryDto(IReadOnlyList<AlertTransitionDto> Transitions);
