namespace Sipas.Grains.Responses;

/// <summary>
/// A response as it arrives on the wire, before validation: every field may be missing, the id is text and the
/// answers are a list (so a duplicate criterion can be reported rather than silently overwritten).
/// </summary>
public sealed record ResponseInput(
    string? Id,
    string? Unit,
    string? Questionnaire,
    DateTimeOffset? ServedAt,
    string? Channel,
    IReadOnlyList<AnswerInput>? Answers,
    int? Overall = null,
    string? Procedure = null,
    string? Dossier = null,
    string? Comment = null);
