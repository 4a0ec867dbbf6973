using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sipas.Api.Alerts;
using Sipas.Grains.Access;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Rest;

/// <summary>Targets.</summary>
public static partial class AlertsApi
{
    private static async Task<Results<Ok<AlertTargetDto>, ProblemHttpResult>> GetTarget(
        string code, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting, CancellationToken cancellationToken)
    {
        if (directory.Tree.Find(code) is null)
        {
            return ScoreQuery.UnknownUnit(code);
        }

        if (!Caller.From(user)!.CanRead(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"read the target of unit {code}");
        }

        await alerting.Loaded.WaitAsync(cancellationToken);
        return TypedResults.Ok(AlertTargetDto.Of(code, alerting.EffectiveTarget(code)));
    }

    private static async Task<Results<Ok<AlertTargetDto>, ProblemHttpResult>> PutTarget(
        string code, AlertTargetRequest? body, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting,
        QuestionnaireCatalog questionnaires, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (directory.Tree.Find(code) is null)
        {
            return ScoreQuery.UnknownUnit(code);
        }

        var caller = Caller.From(user)!;
        if (!caller.CanManage(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"set the target of unit {code}");
        }

        if (body is null)
        {
            return ScoreQuery.BadRequest("Invalid target", """Send a JSON body such as {"target":85,"metric":"sipas","window":"30d","minResponses":30,"pendingMinutes":15,"margin":2}.""");
        }

        questionnaires.TryGet(alerting.QuestionnaireId, out var questionnaire);
        if (!AlertInput.TryTarget(code, body.Target, body.Metric, body.Window, body.MinResponses, body.PendingMinutes, body.Margin, body.Basis,
            alerting.Options, questionnaire, caller.Name, clock.GetUtcNow(), out var target, out var error))
        {
            return ScoreQuery.BadRequest("Invalid target", error);
        }

        await alerting.SetTargetAsync(target, cancellationToken);
        return TypedResults.Ok(AlertTargetDto.Of(code, target));
    }

    private static async Task<Results<Ok<AlertTargetDto>, ProblemHttpResult>> DeleteTarget(
        string code, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting, CancellationToken cancellationToken)
    {
        if (directory.Tree.Find(code) is null)
        {
            return ScoreQuery.UnknownUnit(code);
        }

        var caller = Caller.From(user)!;
        if (!caller.CanManage(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"remove the target of unit {code}");
        }

        if (!await alerting.ClearTargetAsync(code, caller.Name, cancellationToken))
        {
            return TypedResults.Problem($"Unit {code} has no target of its own; it already inherits {alerting.EffectiveTarget(code).Target}%.",
                statusCode: StatusCodes.Status404NotFound, title: "No own target");
        }

        return TypedResults.Ok(AlertTargetDto.Of(code, alerting.EffectiveTarget(code)));
    }

    private static async Task<Results<Ok<AlertTargetChangeDto[]>, ProblemHttpResult>> TargetHistory(
        string code, ClaimsPrincipal user, UnitDirectory directory, AlertingService alerting, CancellationToken cancellationToken)
    {
        if (directory.Tree.Find(code) is null)
        {
            return ScoreQuery.UnknownUnit(code);
        }

        if (!Caller.From(user)!.CanRead(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"read the target history of unit {code}");
        }

        var changes = await alerting.TargetHistoryAsync(code, cancellationToken);
        return TypedResults.Ok(changes.Select(c => new AlertTargetChangeDto(
            c.Unit, c.Action, c.Target is null ? null : AlertTargetDto.Of(code, c.Target), c.Actor, c.At)).ToArray());
    }
}
