namespace Sipas.Api.Rest;

/// <summary>The body of <c>POST /api/v1/alerts/{id}/acknowledge</c>.</summary>
public sealed record AlertAcknowledgeRequest(string? Comment);
