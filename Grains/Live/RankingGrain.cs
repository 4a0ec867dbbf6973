using Microsoft.Extensions.Options;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Rankings;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>
/// Ranks a parent's children: one concurrent round of score reads, then <see cref="RankingCalculator"/>. Children
/// tell it when they flushed; it then re-evaluates the default ranking (at most once per
/// <see cref="EvaluationInterval"/>) and publishes a <see cref="RankingChanged"/> when the order moved.
/// </summary>
[KeepAlive]
public sealed class RankingGrain(
    UnitDirectory directory, QuestionnaireCatalog questionnaires, RankingFeed feed, TimeProvider clock, IOptions<LiveOptions> options)
    : Grain, IRankingGrain
{
    /// <summary>The window change events follow.</summary>
    public const string DefaultWindow = "30d";

    /// <summary>Shortest time between two evaluations of the order.</summary>
    public static readonly TimeSpan EvaluationInterval = TimeSpan.FromSeconds(1);

    private static readonly WindowSpec Default = WindowSpec.Parse(DefaultWindow);
    private IReadOnlyList<string> _published = [];
    private DateTimeOffset _lastEvaluation = DateTimeOffset.MinValue;
    private IGrainTimer? _scheduled;

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

    public async Task ChildChanged()
    {
        if (_scheduled is not null)
        {
            return; // an evaluation is already due; it will see this change
        }

        var wait = _lastEvaluation + EvaluationInterval - clock.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            await EvaluateAsync();
            return;
        }

        _scheduled = RegisterGrainTimer(EvaluateScheduledAsync, wait, Timeout.InfiniteTimeSpan);
    }

    private Task EvaluateScheduledAsync()
    {
        _scheduled?.Dispose();
        _scheduled = null;
        return EvaluateAsync();
    }

    private async Task EvaluateAsync()
    {
        _lastEvaluation = clock.GetUtcNow();
        var ranking = await GetRanking(Default, RankingCalculator.Sipas, options.Value.DefaultQuestionnaire);
        var order = ranking.Entries.Select(e => e.Unit).ToList();
        if (!order.SequenceEqual(_published, StringComparer.Ordinal))
        {
            feed.Publish(new RankingChanged(ranking.Parent, DefaultWindow, RankingCalculator.Sipas, _published, order, _lastEvaluation));
            _published = order;
        }
    }
}
