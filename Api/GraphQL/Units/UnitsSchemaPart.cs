using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sipas.Api.Rest;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Units;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Units;

/// <summary>
/// Units, scores, trends and rankings: <c>unit</c>, <c>units</c> (a Relay connection), <c>ranking</c>,
/// <c>questionnaire</c>; <c>Unit.score</c>, <c>Unit.trend</c>, <c>Unit.rank</c>; and the subscriptions
/// <c>scoreChanged</c> and <c>rankingChanged</c>. Directory fields are open to every key, numbers need <c>CanRead</c>.
/// </summary>
public sealed partial class UnitsSchemaPart(IOptions<SipasGraphQLOptions> options, TimeProvider clock) : ISipasSchemaPart
{
    private readonly SipasGraphQLOptions _options = options.Value;

    public void AddTypes(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        AddScoreTypes(schema);
        UnitConnection.AddTypes(schema);
        schema.Object("Questionnaire", t => t
            .Description("A questionnaire: factors, their criteria, the answer scale and the overall question.")
            .Field("id", "String!").Field("version", "Int!").Field("titleVi", "String!").Field("titleEn", "String!")
            .Field("source", "String!", f => f.Description("The decision that defines it (QĐ 2640/QĐ-BNV, …)."))
            .Field("scale", "Scale!").Field("factors", "[Factor!]!", f => f.ListCost(5)).Field("overall", "Question!"));
        schema.Object("Scale", t => t.Field("id", "String!").Field("levels", "[ScaleLevel!]!", f => f.ListCost(5))
            .Field("satisfied", "[Int!]!", f => f.Description("The levels counted as satisfied.")));
        schema.Object("ScaleLevel", t => t.Field("value", "Int!").Field("vi", "String!").Field("en", "String!"));
        schema.Object("Factor", t => t.Field("id", "String!").Field("vi", "String!").Field("en", "String!")
            .Field("criteria", "[Question!]!", f => f.ListCost(6))
            .Field("question", "Question", f => f.Description("The factor's own question, in questionnaires that have one.")));
        schema.Object("Question", t => t.Field("id", "String!").Field("vi", "String!").Field("en", "String!"));
    }

    public void AddQueryFields(ObjectTypeBuilder query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Field("unit", "Unit", f => f
                .Description("One unit by code (null when there is none). Directory fields are open to every key; numbers need one whose scope covers the unit.")
                .Argument("code", "String!", "The unit's code: VN, 01, 01001, 01.STP, …")
                .Resolve(c =>
                {
                    c.Caller();
                    return c.Tree().Find(c.Argument<string>("code"));
                }))
            .Field("units", "UnitConnection!", f => f
                .Description("Units under a parent, paged (Relay). Without kind: the parent's children; with kind: every unit of that kind below the parent.")
                .Argument("parent", "String", "The parent's code (default: the nation, VN).")
                .Argument("kind", "String", "nation, province, commune, agency or service-point.")
                .Argument("first", "Int", $"Page size (default {_options.DefaultPageSize}, at most {_options.MaxPageSize}).")
                .Argument("after", "String", "The endCursor of the previous page.")
                .Resolve(c =>
                {
                    c.Caller();
                    return UnitConnection.Page(c, _options);
                }))
            .Field("ranking", "[RankEntry!]!", f => f
                .Description("The children of a unit ranked by SIPAS or a factor (competition ranking; rank bands from the intervals; units under the minimum sample are insufficient and unranked). Needs a key that may read the parent.")
                .Argument("parent", "String!", "The unit whose children are ranked (VN: the provinces).")
                .Argument("window", SipasWindows.WindowType, "Default LAST_30D.")
                .Argument("from", "Date", "First day of a day range (with to, instead of window).")
                .Argument("to", "Date", "Last day of a day range, included.")
                .Argument("metric", "String", "sipas (default) or a factor id: access, procedures, civil-servants, results, feedback.")
                .Argument("questionnaire", "String", "Questionnaire id (default sipas-2017).")
                .ListCost(34)
                .ResolveTask(async c =>
                {
                    var parent = c.Argument<string>("parent");
                    var caller = c.Caller();
                    ScoreReads.KnownUnit(c, parent);
                    var window = SipasWindows.FromArguments(c);
                    var q = ScoreReads.Questionnaire(c);
                    var metric = ScoreReads.Metric(c, q);
                    if (!caller.CanRead(c.Tree(), parent))
                    {
                        throw GraphQLAccess.Forbidden($"read the ranking under unit {parent}");
                    }

                    return (await ScoreReads.RankingAsync(c, parent, window, metric, q)).Entries;
                }))
            .Field("questionnaire", "Questionnaire", f => f
                .Description("A questionnaire by id (latest version) or id@version; null when there is none.")
                .Argument("id", "String!", "sipas-2017, sipas-2023, or e.g. sipas-2017@1.")
                .Resolve(c =>
                {
                    c.Caller();
                    return c.Services.GetRequiredService<QuestionnaireCatalog>().TryGet(c.Argument<string>("id"), out var q) ? QuestionnaireDto.From(q) : null;
                }))
            .Field("questionnaires", "[String!]!", f => f
                .Description("The ids of the questionnaires.")
                .Resolve(c =>
                {
                    c.Caller();
                    return c.Services.GetRequiredService<QuestionnaireCatalog>().Ids.ToArray();
                }));
    }

    public void AddUnitFields(ObjectTypeBuilder unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        AddScoreFields(unit);
    }

    public void AddSubscriptionFields(ObjectTypeBuilder subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        AddChangeSubscriptions(subscription);
    }

    private static Unit UnitOf(Sipas.GraphQL.Execution.ResolveContext context, string code) =>
        context.Tree().Find(code) ?? throw new InvalidOperationException($"Unit {code} is not in the tree.");
}
