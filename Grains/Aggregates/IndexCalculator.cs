using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Aggregates;

/// <summary>
/// The SIPAS arithmetic. Criterion index = 100 × satisfied / valid with its Wilson 95% interval; factor index = mean
/// of its criterion indexes (or its own question, per questionnaire); SIPAS = mean of the factor indexes. Intervals
/// of a mean of proportions use the Wilson interval at the mean with n = the largest criterion n (see README: a
/// respondent's answers to one factor are correlated, so pooling them as independent would be too narrow).
/// </summary>
/// <remarks>
/// Rankings score every child of a parent about once a second while responses stream in, so this runs thousands of
/// times a second: rows are found by position when the tally has the questionnaire's layout (by name otherwise),
/// and no LINQ runs on the way. The arithmetic and its order are those of the plain definitions above.
/// </remarks>
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

        var levels = Levels.Of(tally, questionnaire.Scale);
        var factors = new List<FactorScore>(questionnaire.Factors.Count);
        foreach (var factor in questionnaire.Factors)
        {
            factors.Add(ScoreFactor(tally, questionnaire, factor, levels));
        }

        long levelSum = 0;
        long answers = 0;
        foreach (var criterion in questionnaire.Criteria)
        {
            var distribution = Distribution(tally, questionnaire, criterion.Id);
            for (var i = 0; i < distribution.Length; i++)
            {
                levelSum += distribution[i] * (i + tally.MinLevel);
                answers += distribution[i];
            }
        }

        var factorIndexes = new Measure[factors.Count];
        for (var i = 0; i < factorIndexes.Length; i++)
        {
            factorIndexes[i] = factors[i].Index;
        }

        return new UnitScores(
            questionnaire.Id,
            MeanOfProportions(factorIndexes),
            factors,
            ScoreQuestion(tally, tally.Distribution(tally.OverallId), tally.OverallId, levels),
            answers == 0 ? null : (double)levelSum / answers,
            tally.Responses);
    }

    /// <summary>Scores one question: satisfied share, Wilson interval, mean level.</summary>
    public static QuestionScore ScoreQuestion(Tally tally, Scale scale, string questionId)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(scale);
        return ScoreQuestion(tally, tally.Distribution(questionId), questionId, Levels.Of(tally, scale));
    }

    /// <summary>
    /// The mean of several proportions with an interval: the Wilson interval at the mean, with n = the largest n
    /// among them (the number of respondents is at least that). Proportions without data are left out.
    /// </summary>
    public static Measure MeanOfProportions(IEnumerable<Measure> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        double sum = 0;
        long count = 0;
        long largestN = 0;
        foreach (var part in parts)
        {
            if (!part.HasData)
            {
                continue;
            }

            // Summed in order, then divided: the same double as Enumerable.Average over the same sequence.
            sum += part.Value;
            count++;
            largestN = Math.Max(largestN, part.N);
        }

        return count == 0 ? Measure.Empty : Wilson.Interval(sum / count / 100, largestN);
    }

    private static QuestionScore ScoreQuestion(Tally tally, ReadOnlySpan<long> distribution, string questionId, Levels levels)
    {
        long valid = 0, satisfied = 0, dissatisfied = 0, levelSum = 0;
        for (var i = 0; i < distribution.Length; i++)
        {
            var level = i + tally.MinLevel;
            valid += distribution[i];
            levelSum += distribution[i] * level;
            satisfied += levels.IsSatisfied(i) ? distribution[i] : 0;
            dissatisfied += levels.IsDissatisfied(i) ? distribution[i] : 0;
        }

        return new QuestionScore(
            questionId, Wilson.Interval(satisfied, valid), valid == 0 ? null : (double)levelSum / valid, satisfied, dissatisfied);
    }

    private static FactorScore ScoreFactor(Tally tally, Questionnaire questionnaire, Factor factor, Levels levels)
    {
        var criteria = new QuestionScore[factor.Criteria.Count];
        var indexes = new Measure[criteria.Length];
        for (var i = 0; i < criteria.Length; i++)
        {
            var id = factor.Criteria[i].Id;
            criteria[i] = ScoreQuestion(tally, Distribution(tally, questionnaire, id), id, levels);
            indexes[i] = criteria[i].Index;
        }

        var question = factor.Question is null
            ? null
            : ScoreQuestion(tally, Distribution(tally, questionnaire, factor.Question.Id), factor.Question.Id, levels);
        var index = questionnaire.FactorIndex == FactorIndexMethod.FactorQuestion && question is not null
            ? question.Index
            : MeanOfProportions(indexes);
        return new FactorScore(factor.Id, index, criteria, question);
    }

    /// <summary>The distribution of an answer id: by the questionnaire's row when the tally has its layout, else by name.</summary>
    private static ReadOnlySpan<long> Distribution(Tally tally, Questionnaire questionnaire, string answerId)
    {
        var row = questionnaire.IndexOf(answerId);
        var questions = tally.Questions;
        return row >= 0 && row < questions.Length && string.Equals(questions[row], answerId, StringComparison.Ordinal)
            ? tally.Counts.AsSpan(row * tally.LevelCount, tally.LevelCount)
            : tally.Distribution(answerId);
    }

    /// <summary>Which level columns of a tally count as satisfied and dissatisfied on a scale (up to 64 levels).</summary>
    private readonly record struct Levels(ulong Satisfied, ulong Dissatisfied)
    {
        public static Levels Of(Tally tally, Scale scale)
        {
            ulong satisfied = 0, dissatisfied = 0;
            for (var i = 0; i < Math.Min(tally.LevelCount, 64); i++)
            {
                satisfied |= scale.IsSatisfied(i + tally.MinLevel) ? 1UL << i : 0;
                dissatisfied |= scale.IsDissatisfied(i + tally.MinLevel) ? 1UL << i : 0;
            }

            return new Levels(satisfied, dissatisfied);
        }

        public bool IsSatisfied(int column) => column < 64 && (Satisfied & (1UL << column)) != 0;

        public bool IsDissatisfied(int column) => column < 64 && (Dissatisfied & (1UL << column)) != 0;
    }
}
