using Sipas.Grains.Aggregates;

namespace Sipas.Api.Alerts;

/// <summary>
/// The burst rule's figure from a unit's 15-minute window: the share of dissatisfied answers (levels 1–2) among all
/// answers (overall question and criteria), with n the number of ratings (responses) in the window.
/// </summary>
public static class BurstMeasure
{
    public static Measure Of(UnitScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        long answers = scores.Overall.Index.N, dissatisfied = scores.Overall.Dissatisfied;
        foreach (var criterion in scores.Factors.SelectMany(f => f.Criteria))
        {
            answers += criterion.Index.N;
            dissatisfied += criterion.Dissatisfied;
        }

        if (answers == 0 || scores.Responses == 0)
        {
            return Measure.Empty;
        }

        var share = Wilson.Interval((double)dissatisfied / answers, answers);
        return share with { N = scores.Responses };
    }
}
