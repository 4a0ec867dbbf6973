using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Aggregates;

/// <summary>
/// The SIPAS arithmetic. Criterion index = 100 × satisfied / valid with its Wilson 95% interval; factor index = mean
/// of its criterion indexes (or its own question, per questionnaire); SIPAS = mean of the factor indexes. Intervals
/// of a mean of proportions use the Wilson interval at the mean with n = the largest criterion n (see README: a
/// respondent's answers to one factor are correlated, so pooling them as independent would be too narrow).
/// </summary>
public static class IndexCalculator
{
    /// <summary>Computes every figure from a (pooled) tally.</summary>
    public static UnitScores Compute(Tally tally, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(questionnaire);
        if (!string.Equals(tally.Questionnaire, questionnaire.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A {tally.Questionnaire} tally cannot be scored with {questionnaire.Key}.", nameof(tally));
        }

        var factors = questionnaire.Factors.Select(f => ScoreFactor(tally, questionnaire, f)).ToList();
        long levelSum = 0;
        long answers = 0;
        foreach (var criterion in questionnaire.Criteria)
        {
            var distribution = tally.Distribution(criterion.Id);
            for (var i = 0; i < distribution.Length; i++)
            {
                levelSum += distribution[i] * (i + tally.MinLevel);
                answers += distribution[i];
            }
        }

        return new UnitScores(
            questionnaire.Id,
            MeanOfProportions(factors.Select(f => f.Index)),
            factors,
            ScoreQuestion(tally, questionnaire.Scale, tally.OverallId),
            answers == 0 ? null : (double)levelSum / answers,
            tally.Responses);
    }

    /// <summary>Scores one question: satisfied share, Wilson interval, mean level.</summary>
    public static QuestionScore ScoreQuestion(Tally tally, Scale scale, string questionId)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(scale);
        var distribution = tally.Distribution(questionId);
        long valid = 0, satisfied = 0, dissatisfied = 0, levelSum = 0;
        for (var i = 0; i < distribution.Length; i++)
        {
            var level = i + tally.MinLevel;
            valid += distribution[i];
            levelSum += distribution[i] * level;
            satisfied += scale.IsSatisfied(level) ? distribution[i] : 0;
            dissatisfied += scale.IsDissatisfied(level) ? distribution[i] : 0;
        }

        return new QuestionScore(
            questionId, Wilson.Interval(satisfied, valid), valid == 0 ? null : (double)levelSum / valid, satisfied, dissatisfied);
    }

    /// <summary>
    /// The mean of several proportions with an interval: the Wilson interval at the mean, with n = the largest n
    /// among them (the number of respondents is at least that). Proportions without data are left out.
    /// </summary>
    public static Measure MeanOfProportions(IEnumerable<Measure> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var withData = parts.Where(p => p.HasData).ToList();
        return withData.Count == 0
            ? Measure.Empty
            : Wilson.Interval(withData.Average(p => p.Value) / 100, withData.Max(p => p.N));
    }

    private static FactorScore ScoreFactor(Tally tally, Questionnaire questionnaire, Factor factor)
    {
        var criteria = factor.Criteria.Select(c => ScoreQuestion(tally, questionnaire.Scale, c.Id)).ToList();
        var question = factor.Question is null ? null : ScoreQuestion(tally, questionnaire.Scale, factor.Question.Id);
        var index = questionnaire.FactorIndex == FactorIndexMethod.FactorQuestion && question is not null
            ? question.Index
            : MeanOfProportions(criteria.Select(c => c.Index));
        return new FactorScore(factor.Id, index, criteria, question);
    }
}
