using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sipas.Api.Rest;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Rankings;
using Sipas.Grains.Units;
using Sipas.GraphQL.Execution;
using Sipas.Runtime;

namespace Sipas.Api.GraphQL.Units;

/// <summary>
/// The reads behind the score fields, batched per request: every unit asking for the same window and questionnaire
/// at one level of the query goes to the grains in one concurrent round (<see cref="ResolveContext.GetDataLoader{TKey, TValue}"/>).
/// Scores map to the REST DTOs, so both APIs give the same figures.
/// </summary>
internal static class ScoreReads
{
    /// <summary>The questionnaire of a <c>questionnaire</c> argument (default: <c>Live:DefaultQuestionnaire</c>).</summary>
    public static Questionnaire Questionnaire(ResolveContext context, string argument = "questionnaire") =>
        FindQuestionnaire(context, context.Argument<string?>(argument));

    /// <summary>A questionnaire by id or id@version (null: the default one); BAD_USER_INPUT listing the ids otherwise.</summary>
    public static Questionnaire FindQuestionnaire(ResolveContext context, string? reference)
    {
        var id = reference ?? context.Services.GetRequiredService<IOptions<LiveOptions>>().Value.DefaultQuestionnaire;
        var catalog = context.Services.GetRequiredService<QuestionnaireCatalog>();
        return catalog.TryGet(id, out var found)
            ? found
            : throw SipasWindows.BadInput(catalog.Unknown(id));
    }

    /// <summary>A metric argument: <c>sipas</c> (default) or a factor id of the questionnaire.</summary>
    public static string Metric(ResolveContext context, Questionnaire questionnaire, string argument = "metric")
    {
        var metric = context.Argument<string?>(argument) ?? RankingCalculator.Sipas;
        return RankingCalculator.CheckMetric(questionnaire, metric) is { } unknown ? throw SipasWindows.BadInput(unknown) : metric;
    }

    /// <summary>A unit that must exist (an argument naming an unknown unit is a precise error).</summary>
    public static Unit KnownUnit(ResolveContext context, string code) =>
        context.Tree().Find(code) ?? throw SipasWindows.BadInput($"There is no unit '{code}'. List units with units(parent: \"VN\").");

    public static Task<ScoreDto> ScoreAsync(ResolveContext context, string code, WindowSpec window, Questionnaire questionnaire) =>
        context.GetDataLoader<string, ScoreDto>($"score|{window.Name}|{questionnaire.Key}", async (codes, _) =>
        {
            var grains = Begin(context, "score", codes.Count);
            var scores = await Task.WhenAll(codes.Select(c => grains.GetGrain<IUnitGrain>(c).GetScore(window, questionnaire.Key)));
            return codes.Zip(scores).ToDictionary(p => p.First, p => ScoreDto.Of(p.Second), StringComparer.Ordinal);
        }).LoadAsync(code);

    public static Task<RankingResult> RankingAsync(ResolveContext context, string parent, WindowSpec window, string metric, Questionnaire questionnaire) =>
        context.GetDataLoader<string, RankingResult>($"ranking|{window.Name}|{metric}|{questionnaire.Key}", async (parents, _) =>
        {
            var grains = Begin(context, "ranking", parents.Count);
            var rankings = await Task.WhenAll(parents.Select(p => grains.GetGrain<IRankingGrain>(p).GetRanking(window, metric, questionnaire.Key)));
            return parents.Zip(rankings).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).LoadAsync(parent);

    public static Task<HistorySnapshot> HistoryAsync(ResolveContext context, string code) =>
        context.GetDataLoader<string, HistorySnapshot>("history", async (codes, _) =>
        {
            var grains = Begin(context, "history", codes.Count);
            var histories = await Task.WhenAll(codes.Select(c => grains.GetGrain<IUnitGrain>(c).GetHistory()));
            return codes.Zip(histories).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).LoadAsync(code);

    private static IGrainFactory Begin(ResolveContext context, string loader, int keys)
    {
        context.Services.GetService<GraphQLLoaderMetrics>()?.Batch(loader, keys);
        return context.Services.GetRequiredService<IGrainFactory>();
    }
}
