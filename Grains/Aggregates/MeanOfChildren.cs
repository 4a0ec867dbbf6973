namespace Sipas.Grains.Aggregates;

/// <summary>
/// The second method, the way the national figure is published: a parent's value is the plain mean of its
/// children's values (each child weighs the same whatever its sample). Children without data are left out.
/// The interval assumes independent children (delta method): SE = √(Σ SEᵢ²) / k, SEᵢ from each child's interval.
/// Pooling (the default, exact) is <see cref="Tally.Add"/> followed by <see cref="IndexCalculator.Compute"/>.
/// </summary>
public static class MeanOfChildren
{
    public static UnitScores Compute(IReadOnlyList<UnitScores> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        if (children.Count == 0)
        {
            throw new ArgumentException("The mean of children needs at least one child.", nameof(children));
        }

        var first = children[0];
        var factors = first.Factors.Select((f, i) => new FactorScore(
            f.Id,
            Mean(children.Select(c => c.Factors[i].Index)),
            [.. f.Criteria.Select((q, j) => MeanQuestion(q.Id, children.Select(c => c.Factors[i].Criteria[j])))],
            f.Question is null ? null : MeanQuestion(f.Question.Id, children.Select(c => c.Factors[i].Question!)))).ToList();
        var means = children.Where(c => c.MeanScore is not null).Select(c => c.MeanScore!.Value).ToList();
        return new UnitScores(
            first.Questionnaire,
            Mean(children.Select(c => c.Sipas)),
            factors,
            MeanQuestion(first.Overall.Id, children.Select(c => c.Overall)),
            means.Count == 0 ? null : means.Average(),
            children.Sum(c => c.Responses));
    }

    /// <summary>Plain mean of the values with data, with the delta-method interval.</summary>
    public static Measure Mean(IEnumerable<Measure> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var withData = values.Where(v => v.HasData).ToList();
        if (withData.Count == 0)
        {
            return Measure.Empty;
        }

        var k = withData.Count;
        var mean = withData.Average(v => v.Value);
        var se = Math.Sqrt(withData.Sum(v => Math.Pow((v.High - v.Low) / (2 * Wilson.Z95), 2))) / k;
        return new Measure(mean, Math.Max(0, mean - (Wilson.Z95 * se)), Math.Min(100, mean + (Wilson.Z95 * se)), withData.Sum(v => v.N));
    }

    private static QuestionScore MeanQuestion(string id, IEnumerable<QuestionScore> scores)
    {
        var list = scores.ToList();
        var means = list.Where(s => s.MeanScore is not null).Select(s => s.MeanScore!.Value).ToList();
        return new QuestionScore(
            id, Mean(list.Select(s => s.Index)), means.Count == 0 ? null : means.Average(),
            list.Sum(s => s.Satisfied), list.Sum(s => s.Dissatisfied));
    }
}
