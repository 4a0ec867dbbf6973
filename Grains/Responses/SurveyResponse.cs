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
    string? Comment = null)
{
    /// <summary>Value equality, answers compared as a map (a record alone would compare the dictionary reference).</summary>
    public bool Equals(SurveyResponse? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
        && string.Equals(Questionnaire, other.Questionnaire, StringComparison.Ordinal)
        && ServedAt == other.ServedAt
        && string.Equals(Channel, other.Channel, StringComparison.Ordinal)
        && Overall == other.Overall
        && string.Equals(Procedure, other.Procedure, StringComparison.Ordinal)
        && string.Equals(Dossier, other.Dossier, StringComparison.Ordinal)
        && string.Equals(Comment, other.Comment, StringComparison.Ordinal)
        && Answers.Count == other.Answers.Count
        && Answers.All(a => other.Answers.TryGetValue(a.Key, out var level) && level == a.Value);

    public override int GetHashCode() => HashCode.Combine(Id, Unit, ServedAt, Answers.Count);
}
