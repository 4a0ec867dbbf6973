using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sipas.Grains.Access;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Rankings;
using Sipas.Runtime;

namespace Sipas.Api.Rest;

/// <summary><c>GET /api/v1/rankings</c>: the children of a unit ranked by SIPAS or a factor.</summary>
public static class RankingsApi
{
    public static IEndpointRouteBuilder MapRankings(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/rankings", GetRanking).WithTags("Rankings").RequireAuthorization()
            .WithSummary("Children of a unit ranked (competition ranking, intervals, rank bands; insufficient data unranked)");
        return app;
    }

    private static async Task<Results<Ok<RankingDto>, ProblemHttpResult>> GetRanking(
        string? parent, string? window, string? from, string? to, string? metric, string? questionnaire, ClaimsPrincipal user,
        UnitDirectory directory, QuestionnaireCatalog questionnaires, IGrainFactory grains, IOptions<LiveOptions> options)
    {
        var code = parent ?? directory.Tree.Root.Code;
        if (ScoreQuery.Check(code, window, from, to, questionnaire, directory, questionnaires, options.Value, out var spec, out var q) is { } problem)
        {
            return problem;
        }

        if (!Caller.From(user)!.CanRead(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"read the ranking under unit {code}");
        }

        var m = metric ?? RankingCalculator.Sipas;
        if (RankingCalculator.CheckMetric(q, m) is { } unknown)
        {
            return ScoreQuery.BadRequest("Unknown metric", unknown);
        }

        var ranking = await grains.GetGrain<IRankingGrain>(code).GetRanking(spec, m, q.Key);
        return TypedResults.Ok(new RankingDto(ranking.Parent, ranking.Metric, ranking.Window.Spec, ranking.Window.From, ranking.Window.To, ranking.Entries));
    }
}
