namespace Sipas.Api.Rest;

/// <summary>
/// The distribution of answers of a unit over a window (<c>GET /api/v1/units/{code}/distribution</c>): per question
/// and, in <paramref name="Criteria"/>, summed over every criterion (the overall question excluded).
/// </summary>
public sealed record TrendDistributionDto(
    string Unit,
    string Window,
    DateTimeOffset From,
    DateTimeOffset To,
    string Questionnaire,
    long N,
    int MinLevel,
    IReadOnlyList<long> Criteria,
    IReadOnlyList<TrendQuestionDto> Questions);
