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
using Sipas.Runtime;

namespace Sipas.Api.Rest;

/// <summary>Read endpoints over the unit tree (a directory any key may read) and the live scores (scoped to the key).</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnits(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/v1/units").WithTags("Units").RequireAuthorization();
        units.MapGet("/", List).WithSummary("Children of a unit (default: the provinces under the nation)");
        units.MapGet("/{code}", Get).WithSummary("One unit");
        units.MapGet("/{code}/score", GetScore).WithSummary("A unit's SIPAS, factors and criteria over a window");
        return app;
    }

    private static Results<Ok<UnitDto[]>, ProblemHttpResult> List(string? parent, UnitDirectory directory)
    {
        var tree = directory.Tree;
        var code = parent ?? tree.Root.Code;
        return tree.Find(code) is null
            ? ScoreQuery.UnknownUnit(code)
            : TypedResults.Ok(tree.Children(code).Select(u => UnitDto.From(u, tree)).ToArray());
    }

    private static Results<Ok<UnitDto>, ProblemHttpResult> Get(string code, UnitDirectory directory) =>
        directory.Tree.Find(code) is { } unit ? TypedResults.Ok(UnitDto.From(unit, directory.Tree)) : ScoreQuery.UnknownUnit(code);

    private static async Task<Results<Ok<ScoreDto>, ProblemHttpResult>> GetScore(
        string code, string? window, string? from, string? to, string? questionnaire, ClaimsPrincipal user,
        UnitDirectory directory, QuestionnaireCatalog questionnaires, IGrainFactory grains, IOptions<LiveOptions> options)
    {
        if (ScoreQuery.Check(code, window, from, to, questionnaire, directory, questionnaires, options.Value, out var spec, out var q) is { } problem)
        {
            return problem;
        }

        if (!Caller.From(user)!.CanRead(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"read the score of unit {code}");
        }

        return TypedResults.Ok(ScoreDto.Of(await grains.GetGrain<IUnitGrain>(code).GetScore(spec, q.Key)));
    }
}
