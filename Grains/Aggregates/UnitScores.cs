namespace Sipas.Grains.Aggregates;

/// <summary>Every figure of one unit for one window: SIPAS, the five factors, their criteria, the overall question.</summary>
/// <param name="Questionnaire">The questionnaire id the figures follow.</param>
/// <param name="Sipas">Mean of the factor indexes.</param>
/// <param name="Factors">The factor scores, in questionnaire order.</param>
/// <param name="Overall">The overall question's score.</param>
/// <param name="MeanScore">Mean answer level over every criterion answer; null without answers.</param>
/// <param name="Responses">Responses counted (for the mean-of-children method: the children's sum).</param>
public sealed record UnitScores(
    string Questionnaire,
    Measure Sipas,
    IReadOnlyList<FactorScore> Factors,
    QuestionScore Overall,
    double? MeanScore,
    long Responses)
{
    public FactorScore? Factor(string id) => Factors.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    /// <summary>Value equality, factors compared element by element (a record alone would compare the list reference).</summary>
    public bool Equals(UnitScores? other) =>
        other is not null
        && string.Equals(Questionnaire, other.Questionnaire, StringComparison.Ordinal)
        && Sipas == other.Sipas
        && Overall == other.Overall
        && MeanScore == other.MeanScore
        && Responses == other.Responses
        && Factors.SequenceEqual(other.Factors);

    public override int GetHashCode() => HashCode.Combine(Questionnaire, Sipas, Responses);
}
