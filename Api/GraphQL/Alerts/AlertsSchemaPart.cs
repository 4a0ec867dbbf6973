using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Alerts;
using Sipas.Api.Rest;
using Sipas.Grains.Alerts;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Alerts;

/// <summary>
/// Alerts in GraphQL: <c>Query.alerts</c> (a Relay connection of current alerts in the caller's scope),
/// <c>alertHistory</c>, <c>silences</c>, <c>Unit.target</c>; the mutations <c>setTarget</c>, <c>clearTarget</c>,
/// <c>acknowledgeAlert</c>, <c>silence</c>, <c>unsilence</c>; and <c>Subscription.alertChanged</c>, routed along the
/// unit tree (a province's leader hears its subtree). Same rules and checks as REST.
/// </summary>
public sealed partial class AlertsSchemaPart : ISipasSchemaPart
{
    public const int MaxPageSize = 500;

    public void AddTypes(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Enum<AlertState>("AlertState", "Where a unit stands against a rule (Grafana's states, plus ACKNOWLEDGED and SILENCED).");
        schema.Object("Alert", t => t
            .Description("A unit's current state against one rule (sipas, a factor id, or burst), with the figures of its last evaluation (percent).")
            .Field("id", "ID!", f => f.Description("unit:rule, e.g. 01:sipas."))
            .Field("unit", "Unit!", f => f.Resolve(c => c.Tree().Find(c.Parent<AlertStatus>().Unit)))
            .Field("rule", "String!")
            .Field("state", "AlertState!")
            .Field("value", "Float").Field("low", "Float").Field("high", "Float")
            .Field("n", "Int!")
            .Field("target", "Float!", f => f.Description("The target (or, for burst, the dissatisfied-share threshold), percent."))
            .Field("window", "String!")
            .Field("since", "DateTime!", f => f.Description("When it entered its state."))
            .Field("acknowledgedBy", "String").Field("comment", "String"));
        schema.Object("AlertEdge", t => t.Field("cursor", "String!").Field("node", "Alert!"));
        schema.Object("AlertConnection", t => t
            .Description("A page of alerts, most urgent first.")
            .Field("edges", "[AlertEdge!]!", f => f.ListCost(100))
            .Field("nodes", "[Alert!]!", f => f.ListCost(100))
            .Field("pageInfo", "PageInfo!")
            .Field("totalCount", "Int!"));
        schema.Object("AlertTransition", t => t
            .Description("A stored change of an alert's state with the figures that caused it.")
            .Field("sequence", "Float!", f => f.Description("Increases with every transition."))
            .Field("unit", "Unit!", f => f.Resolve(c => c.Tree().Find(c.Parent<AlertTransition>().Unit)))
            .Field("rule", "String!")
            .Field("from", "AlertState!").Field("to", "AlertState!")
            .Field("value", "Float").Field("low", "Float").Field("high", "Float")
            .Field("n", "Int!").Field("target", "Float!").Field("window", "String!")
            .Field("at", "DateTime!")
            .Field("actor", "String", f => f.Description("Who caused it (acknowledge, silence), if a person did."))
            .Field("comment", "String"));
        schema.Object("AlertTarget", t => t
            .Description("The target that applies to a unit: its own, inherited from an ancestor, or the national default.")
            .Field("target", "Float!").Field("metric", "String!")
            .Field("window", SipasWindows.WindowType + "!").Field("minResponses", "Int!").Field("pendingMinutes", "Float!").Field("margin", "Float!")
            .Field("basis", "String!", f => f.Description("upper-bound (the Wilson bound must be under the target) or point-estimate."))
            .Field("source", "String!", f => f.Description("own, inherited or default."))
            .Field("inheritedFrom", "Unit", f => f.Resolve(c => c.Parent<AlertTargetDto>().InheritedFrom is { } code ? c.Tree().Find(code) : null))
            .Field("setBy", "String").Field("setAt", "DateTime"));
        schema.Object("Silence", t => t
            .Description("A time-boxed silence or a recurring mute window (days, from–to in Vietnam time).")
            .Field("id", "ID!")
            .Field("unit", "Unit!", f => f.Resolve(c => c.Tree().Find(c.Parent<AlertSilenceDto>().Unit)))
            .Field("rule", "String").Field("subtree", "Boolean!")
            .Field("startsAt", "DateTime!").Field("endsAt", "DateTime")
            .Field("days", "[String!]").Field("from", "String").Field("to", "String")
            .Field("createdBy", "String!").Field("createdAt", "DateTime!").Field("comment", "String")
            .Field("active", "Boolean!", f => f.Description("Whether it mutes right now.")));
    }

    public void AddUnitFields(ObjectTypeBuilder unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        unit.Field("target", "AlertTarget!", f => f
            .Description("The alert target that applies to this unit. Needs a key that may read the unit.")
            .ResolveTask(async c =>
            {
                var code = c.Parent<Grains.Units.Unit>().Code;
                if (!c.Caller().CanRead(c.Tree(), code))
                {
                    throw GraphQLAccess.Forbidden($"read the target of unit {code}");
                }

                var alerting = c.Services.GetRequiredService<AlertingService>();
                await alerting.Loaded.WaitAsync(c.CancellationToken);
                return AlertTargetDto.Of(code, alerting.EffectiveTarget(code));
            }));
    }

    private static AlertingService Alerting(ResolveContext c) => c.Services.GetRequiredService<AlertingService>();
}
