namespace Sipas.Grains.Aggregates;

/// <summary>A factor index and the scores it was made of.</summary>
/// <param name="Id">The factor id (<c>access</c>, <c>procedures</c>, …).</param>
/// <param name="Index">The factor index, per the questionnaire's factor-index method.</param>
/// <param name="Criteria">The criterion scores, in questionnaire order.</param>
/// <param name="Question">The factor's own question, in questionnaires that have one.</param>
public sealed record FactorScore(string Id, Measure Index, IReadOnlyList<QuestionScore> Criteria, QuestionScore? Question)
{
    /// <summary>Value equality, criteria compared element by element (a record alone would compare the list reference).</summary>
    public bool Equals(FactorScore? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Index == other.Index
        && Question == other.Question
        && Criteria.SequenceEqual(other.Criteria);

    public override int GetHashCode() => HashCode.Combine(Id, Index, Criteria.Count);
}
