using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Simulation;

/// <summary>The levels of a scale the answer model lands on: highest and lowest satisfied, neutral (if any), highest and lowest dissatisfied.</summary>
internal sealed record AnswerLevels(int Top, int Satisfied, int? Neutral, int Dissatisfied, int Bottom)
{
    public static AnswerLevels Of(Scale scale)
    {
        var satisfied = scale.Satisfied.Sort();
        var dissatisfied = scale.Dissatisfied.Sort();
        var neutral = Enumerable.Range(scale.Min, scale.LevelCount)
            .Where(l => !scale.IsSatisfied(l) && !scale.IsDissatisfied(l))
            .Select(l => (int?)l)
            .LastOrDefault();
        return new AnswerLevels(satisfied[^1], satisfied[0], neutral, dissatisfied[^1], dissatisfied[0]);
    }
}
