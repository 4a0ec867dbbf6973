using Microsoft.Extensions.Options;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Rankings;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>Ranks a parent's children: one concurrent round of score reads, then <see cref="RankingCalculator"/>.</summary>
public sealed class RankingGrain(
    UnitDirectory directory, QuestionnaireCatalog questionnaires, TimeProvider clock, IOptions<LiveOptions> options) : Grain, IRankingGrain
{
    public async Task<RankingResult> GetRanking(WindowSpec window, string metric, string questionnaire)
    {
        var factors = questionnaires.Get(questionnaire).Factors.Select(f => f.Id).ToList();
        if (metric != RankingCalculator.Sipas && !factors.Contains(metric, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown metric '{metric}': use {RankingCalculator.Sipas} or one of {string.Join(", ", factors)}.", nameof(metric));
        }

        var parent = this.GetPrimaryKeyString();
        var children = directory.Tree.Children(parent);
        var scores = await Task.WhenAll(children.Select(c => GrainFactory.GetGrain<IUnitGrain>(c.Code).GetScore(window, questionnaire)));
        var measured = scores.Select(s => (s.Unit, RankingCalculator.Select(s.Scores, metric)!, s.Scores.Responses));
        return new RankingResult(parent, metric, window.Resolve(clock.GetUtcNow()), RankingCalculator.Rank(measured, options.Value.MinimumSample));
    }
}
