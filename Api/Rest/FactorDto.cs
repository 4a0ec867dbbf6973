namespace Sipas.Api.Rest;

/// <summary>A factor with its criteria and, in some questionnaires, its own question.</summary>
public sealed record FactorDto(string Id, string Vi, string En, IReadOnlyList<QuestionDto> Criteria, QuestionDto? Question);
