using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Rest;

/// <summary>The query every score read shares: a known unit, a window, a questionnaire (each with a precise error).</summary>
internal static class ScoreQuery
{
    public static ProblemHttpResult? Check(
        string code, string? window, string? from, string? to, string? questionnaire,
        UnitDirectory directory, QuestionnaireCatalog questionnaires, LiveOptions options,
        out WindowSpec spec, out Questionnaire found)
    {
        spec = null!;
        found = null!;
        if (directory.Tree.Find(code) is null)
        {
            return UnknownUnit(code);
        }

        if (!WindowQuery.TryParse(window, from, to, out spec, out var error))
        {
            return BadRequest("Invalid window", error);
        }

        var id = questionnaire ?? options.DefaultQuestionnaire;
        return questionnaires.TryGet(id, out found)
            ? null
            : BadRequest("Unknown questionnaire", questionnaires.Unknown(id));
    }

    public static ProblemHttpResult UnknownUnit(string code) =>
        TypedResults.Problem($"There is no unit '{code}'. List units with GET /api/v1/units?parent=<code>.", statusCode: StatusCodes.Status404NotFound, title: "Unknown unit");

    public static ProblemHttpResult Forbidden(string what) =>
        TypedResults.Problem($"This key may not {what}.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);
}
