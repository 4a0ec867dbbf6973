using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Rest;

/// <summary><c>GET /api/v1/questionnaires/{id}</c>: factors, criteria and scale of a questionnaire.</summary>
public static class QuestionnairesApi
{
    public static IEndpointRouteBuilder MapQuestionnaires(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/questionnaires/{id}", Get).WithTags("Questionnaires").RequireAuthorization().WithSummary("A questionnaire's factors, criteria and scale");
        return app;
    }

    private static Results<Ok<QuestionnaireDto>, ProblemHttpResult> Get(string id, QuestionnaireCatalog questionnaires) =>
        questionnaires.TryGet(id, out var q)
            ? TypedResults.Ok(QuestionnaireDto.From(q))
            : TypedResults.Problem(questionnaires.Unknown(id), statusCode: StatusCodes.Status404NotFound, title: "Unknown questionnaire");
}
