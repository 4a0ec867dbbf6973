using Sipas.Grains.Responses;

namespace Sipas.Api.Ingestion;

/// <summary>
/// One item of a submitted batch after JSON reading: the wire form, plus the problems found while reading it (a
/// field of the wrong JSON type). The id is kept as sent so that even a rejected item is reported by its id.
/// </summary>
public sealed record ParsedItem(string? Id, ResponseInput Input, IReadOnlyList<ValidationProblem> ReadProblems);
