using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Alerts;
using Sipas.Api.Rest;
using Sipas.Grains.Access;
using Sipas.Grains.Alerts;
using Sipas.Grains.Questionnaires;
using Sipas.GraphQL;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Alerts;

/// <content>Mutations and the subscription.</content>
public sealed partial class AlertsSchemaPart
{
    public void AddMutationFields(ObjectTypeBuilder mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation
            .Field("setTarget", "AlertTarget!", f => f
                .Description("Sets a unit's own alert target (audited); its subtree inherits it unless a unit below has its own. Needs a key that manages the unit.")
                .Argument("unit", "String!").Argument("target", "Float!", "Percent, e.g. 85.")
                .Argument("window", SipasWindows.WindowType, "Default LAST_30D.")
                .Argument("minResponses", "Int", "Fewest respondents to judge the unit (default 30).")
                .Argument("metric", "String", "sipas (default) or a factor id.")
                .Argument("pendingMinutes", "Float", "How long a breach lasts before it fires (default 15).")
                .Argument("margin", "Float", "Points above the target to resolve (default 2).")
                .Argument("basis", "String", "upper-bound (default) or point-estimate.")
                .ResolveTask(SetTargetAsync))
            .Field("clearTarget", "AlertTarget!", f => f
                .Description("Removes a unit's own target; it inherits again. Needs a key that manages the unit.")
                .Argument("unit", "String!")
                .ResolveTask(async c =>
                {
                    var (caller, unit) = Managed(c, "unit", "remove the target of unit");
                    var alerting = Alerting(c);
                    await alerting.ClearTargetAsync(unit, caller.Name, c.CancellationToken);
                    return AlertTargetDto.Of(unit, alerting.EffectiveTarget(unit));
                }))
            .Field("acknowledgeAlert", "Alert!", f => f
                .Description("Acknowledges a FIRING alert (who and the comment are recorded). Needs a key that manages the unit.")
                .Argument("id", "ID!", "unit:rule, e.g. 01:sipas.").Argument("comment", "String")
                .ResolveTask(AcknowledgeAsync))
            .Field("silence", "Silence!", f => f
                .Description("Silences a unit's alerts (one rule, or all) for minutes or until a time, or every week in a mute window (days + from/to, Vietnam time). Needs a key that manages the unit.")
                .Argument("unit", "String!").Argument("rule", "String").Argument("subtree", "Boolean", "Also every unit below (default false).")
                .Argument("minutes", "Float").Argument("until", "DateTime")
                .Argument("days", "[String!]", "e.g. [\"mon-fri\"].").Argument("from", "String", "HH:mm").Argument("to", "String", "HH:mm")
                .Argument("comment", "String")
                .ResolveTask(SilenceAsync))
            .Field("unsilence", "Silence!", f => f
                .Description("Ends a silence; the alerts it hid show their state again.")
                .Argument("id", "ID!")
                .ResolveTask(UnsilenceAsync));
    }

    public void AddSubscriptionFields(ObjectTypeBuilder subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field("alertChanged", "AlertTransition!", f => f
            .Description("Every alert transition in the subtree of scope (default: the key's scope), as it is stored.")
            .Argument("scope", "String")
            .Subscribe(c =>
            {
                var (caller, _, root) = Scope(c, "scope");
                var feed = c.Services.GetRequiredService<AlertFeed>();
                return InScope(feed.Subscribe(4_096), c.Services.GetRequiredService<Grains.Live.UnitDirectory>(), caller, root);
            })
            .Resolve(c => c.ParentValue));
    }

    private static async IAsyncEnumerable<AlertTransition> InScope(
        AlertFeed.Subscription subscription, Grains.Live.UnitDirectory directory, Caller caller, string root,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using (subscription)
        {
            await foreach (var transition in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                var tree = directory.Tree;
                if (tree.IsInSubtree(transition.Unit, root) && caller.CanRead(tree, transition.Unit))
                {
                    yield return transition;
                }
            }
        }
    }

    private static async Task<object> SetTargetAsync(ResolveContext c)
    {
        var (caller, unit) = Managed(c, "unit", "set the target of unit");
        var alerting = Alerting(c);
        var now = c.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!AlertInput.TryTarget(unit, c.Argument<double>("target"), c.Argument<string?>("metric"), c.Argument<string?>("window"),
            c.Argument<int?>("minResponses"), c.Argument<double?>("pendingMinutes"), c.Argument<double?>("margin"), c.Argument<string?>("basis"),
            alerting.Options, Questionnaire(c, alerting), caller.Name, now, out var target, out var error))
        {
            throw SipasWindows.BadInput(error);
        }

        await alerting.SetTargetAsync(target, c.CancellationToken);
        return AlertTargetDto.Of(unit, target);
    }

    private static async Task<object> AcknowledgeAsync(ResolveContext c)
    {
        var id = c.Argument<string>("id");
        var separator = id.LastIndexOf(':');
        var unit = separator > 0 ? id[..separator] : "";
        var caller = c.Caller();
        var tree = c.Tree();
        if (tree.Find(unit) is null || !caller.CanRead(tree, unit))
        {
            throw new GraphQLException($"There is no alert '{id}'. Alert ids are unit:rule, e.g. 01:sipas.", "NOT_FOUND");
        }

        if (!caller.CanManage(tree, unit))
        {
            throw GraphQLAccess.Forbidden($"acknowledge alerts of unit {unit}");
        }

        var result = await Alerting(c).AcknowledgeAsync(id, caller.Name, c.Argument<string?>("comment"), c.CancellationToken);
        return result switch
        {
            null => throw new GraphQLException($"There is no alert '{id}'.", "NOT_FOUND"),
            { Acknowledged: false } r => throw new GraphQLException(
                $"Alert {id} is {AlertStateNames.Name(r.Status.State)}; only a FIRING alert can be acknowledged.", "CONFLICT"),
            { } r => r.Status,
        };
    }

    private static async Task<object> SilenceAsync(ResolveContext c)
    {
        var (caller, unit) = Managed(c, "unit", "silence alerts of unit");
        var alerting = Alerting(c);
        var now = c.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!AlertInput.TrySilence(unit, c.Argument<string?>("rule"), c.Argument<bool?>("subtree") ?? false, c.Argument<double?>("minutes"),
            c.Argument<DateTimeOffset?>("until"), null, c.Argument<string[]?>("days"),
            c.Argument<string?>("from"), c.Argument<string?>("to"), c.Argument<string?>("comment"), Questionnaire(c, alerting), caller.Name, now,
            out var silence, out var error))
        {
            throw SipasWindows.BadInput(error);
        }

        await alerting.AddSilenceAsync(silence, c.CancellationToken);
        return AlertSilenceDto.Of(silence, now);
    }

    private static async Task<object> UnsilenceAsync(ResolveContext c)
    {
        var id = c.Argument<string>("id");
        var caller = c.Caller();
        var tree = c.Tree();
        var alerting = Alerting(c);
        await alerting.Loaded.WaitAsync(c.CancellationToken);
        if (alerting.FindSilence(id) is not { } silence || !caller.CanRead(tree, silence.Unit))
        {
            throw new GraphQLException($"There is no silence '{id}' in force.", "NOT_FOUND");
        }

        if (!caller.CanManage(tree, silence.Unit))
        {
            throw GraphQLAccess.Forbidden($"unsilence alerts of unit {silence.Unit}");
        }

        var removed = await alerting.RemoveSilenceAsync(id, caller.Name, c.CancellationToken)
            ?? throw new GraphQLException($"There is no silence '{id}' in force.", "NOT_FOUND");
        return AlertSilenceDto.Of(removed, c.Services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    /// <summary>The caller and the unit an argument names, once it exists and the caller manages it.</summary>
    private static (Caller Caller, string Unit) Managed(ResolveContext c, string argument, string what)
    {
        var caller = c.Caller();
        var tree = c.Tree();
        var unit = c.Argument<string>(argument);
        if (tree.Find(unit) is null)
        {
            throw new GraphQLException($"There is no unit '{unit}'.", "NOT_FOUND");
        }

        return caller.CanManage(tree, unit) ? (caller, unit) : throw GraphQLAccess.Forbidden($"{what} {unit}");
    }

    private static Questionnaire Questionnaire(ResolveContext c, AlertingService alerting)
    {
        c.Services.GetRequiredService<QuestionnaireCatalog>().TryGet(alerting.QuestionnaireId, out var questionnaire);
        return questionnaire;
    }
}
