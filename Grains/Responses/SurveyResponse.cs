namespace Sipas.Grains.Responses;

/// <summary>
/// One citizen's rating of one service, as accepted into the system (after <see cref="ResponseValidator"/> and
/// <see cref="CommentScrubber"/>).
/// </summary>
/// <param name="Id">Client-made UUID: the idempotency key.</param>
/// <param name="Unit">Code of the unit that served (a commune, agency or service point).</param>
/// <param name="Questionnaire">Questionnaire id, optionally with its version (<c>sipas-2017</c>, <c>sipas-2017@1</c>).</param>
/// <param name="ServedAt">When the service took place.</param>
/// <param name="Channel">One of <see cref="ResponseChannels.All"/>.</param>
/// <param name="Answers">Question id → answer level on the questionnaire's scale.</param>
/// <param name="Overall">Answer to the overall question, if given.</param>
/// <param name="Procedure">Administrative procedure code (mã TTHC), if known.</param>
/// <param name="Dossier">Dossier number (mã hồ sơ), if known.</param>
/// <param name="Comment">Free text, scrubbed of phone and citizen ID numbers.</param>
public sealed record SurveyResponse(
    Guid Id,
    string Unit,
    string Questionnaire,
    DateTimeOffset ServedAt,
    string Channel,
    IReadOnlyDictionary<string, int> Answers,
    int? Overall = null,
    string? Procedure = null,
    string? Dossier = null,
    string? Comment = null);
