using System.Text.Json;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Responses;

namespace Sipas.Grains.Tests.Live;

/// <summary>What every unit should show: the responses recomputed on a tree, each counted at the unit that takes it today and all its ancestors.</summary>
internal static class Recomputation
{
    private static readonly WindowSpec All = WindowSpec.Parse("all");

    public static Dictionary<string, Tally> Expected(UnitDirectory directory, IEnumerable<SurveyResponse> responses)
    {
        var tree = directory.Tree;
        var builders = new Dictionary<string, TallyBuilder>(StringComparer.Ordinal);
        foreach (var response in responses)
        {
            var unit = directory.Resolve(response.Unit);
            foreach (var code in tree.Ancestors(unit).Select(a => a.Code).Prepend(unit))
            {
                if (!builders.TryGetValue(code, out var builder))
                {
                    builder = new TallyBuilder(TestResponses.Sipas2017);
                    builders[code] = builder;
                }

                builder.Add(response);
            }
        }

        return builders.ToDictionary(p => p.Key, p => p.Value.ToTally(), StringComparer.Ordinal);
    }

    /// <summary>Every active unit's live score equals the recomputation (units without responses show none).</summary>
    public static async Task AssertEveryUnitAsync(LiveSilo silo, IEnumerable<SurveyResponse> responses)
    {
        var expected = Expected(silo.Directory, responses);
        foreach (var unit in silo.Directory.Tree.Active)
        {
            var score = await ScoreAsync(silo, unit.Code);
            var tally = expected.GetValueOrDefault(unit.Code) ?? Tally.Empty(TestResponses.Sipas2017);
            Assert.True(Same(tally, score), $"unit {unit.Code}: expected {tally.Responses} responses, has {score.Scores.Responses}");
        }
    }

    public static Task<UnitScore> ScoreAsync(LiveSilo silo, string code) =>
        silo.Grains.GetGrain<IUnitGrain>(code).GetScore(All, "sipas-2017");

    public static bool Same(Tally expected, UnitScore actual) =>
        JsonSerializer.Serialize(IndexCalculator.Compute(expected, TestResponses.Sipas2017)) == JsonSerializer.Serialize(actual.Scores);
}
