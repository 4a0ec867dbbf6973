using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sipas.Api.Alerts;
using Sipas.Grains.Access;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Rest;

/// <summary>Silences and mute windows.</summary>
public static partial class AlertsApi
{
    private static async Task<Results<Ok<AlertSilenceDto[]>, ProblemHttpResult>> ListSilences(
        string? unit, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting, TimeProvider clock, CancellationToken cancellationToken)
    {
        var tree = directory.Tree;
        var caller = Caller.From(user)!;
        if (Scope(caller, unit, directory, out var root) is { } problem)
        {
            return problem;
        }

        await alerting.Loaded.WaitAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(alerting.Silences
            .Where(s => !s.IsExpiredAt(now) && tree.IsInSubtree(s.Unit, root) && caller.CanRead(tree, s.Unit))
            .Select(s => AlertSilenceDto.Of(s, now)).ToArray());
    }

    private static async Task<Results<Created<AlertSilenceDto>, ProblemHttpResult>> AddSilence(
        AlertSilenceRequest? body, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting,
        QuestionnaireCatalog questionnaires, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body?.Unit is not { } unit)
        {
            return ScoreQuery.BadRequest("Invalid silence", """Send a JSON body such as {"unit":"01","minutes":60,"comment":"maintenance"} or {"unit":"01","days":["mon-fri"],"from":"17:30","to":"07:30"}.""");
        }

        if (directory.Tree.Find(unit) is null)
        {
            return ScoreQuery.UnknownUnit(unit);
        }

        var caller = Caller.From(user)!;
        if (!caller.CanManage(directory.Tree, unit))
        {
            return ScoreQuery.Forbidden($"silence alerts of unit {unit}");
        }

        questionnaires.TryGet(alerting.QuestionnaireId, out var questionnaire);
        var now = clock.GetUtcNow();
        if (!AlertInput.TrySilence(unit, body.Rule, body.Subtree ?? false, body.Minutes, body.Until, body.StartsAt, body.Days, body.From, body.To,
            body.Comment, questionnaire, caller.Name, now, out var silence, out var error))
        {
            return ScoreQuery.BadRequest("Invalid silence", error);
        }

        await alerting.AddSilenceAsync(silence, cancellationToken);
        return TypedResults.Created($"/api/v1/alerts/silences/{silence.Id}", AlertSilenceDto.Of(silence, now));
    }

    private static async Task<Results<Ok<AlertSilenceDto>, ProblemHttpResult>> RemoveSilence(
        string id, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting, TimeProvider clock, CancellationToken cancellationToken)
    {
        await alerting.Loaded.WaitAsync(cancellationToken);
        var caller = Caller.From(user)!;
        if (alerting.FindSilence(id) is not { } silence || !caller.CanRead(directory.Tree, silence.Unit))
        {
            return NoSilence(id);
        }

        if (!caller.CanManage(directory.Tree, silence.Unit))
        {
            return ScoreQuery.Forbidden($"unsilence alerts of unit {silence.Unit}");
        }

        return await alerting.RemoveSilenceAsync(id, caller.Name, cancellationToken) is { } removed
            ? TypedResults.Ok(AlertSilenceDto.Of(removed, clock.GetUtcNow()))
            : NoSilence(id);
    }

    private static ProblemHttpResult NoSilence(string id) =>
        TypedResults.Problem($"There is no silence '{id}' in force; list them with GET /api/v1/alerts/silences.",
            statusCode: StatusCodes.Status404NotFound, title: "Unknown silence");
}
