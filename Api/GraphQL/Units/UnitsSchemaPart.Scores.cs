using Sipas.Api.Rest;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Live;
using Sipas.Grains.Rankings;
using Sipas.Grains.Units;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Units;

/// <content>The score, trend and rank types and their fields on <c>Unit</c>.</content>
public sealed partial class UnitsSchemaPart
{
    private static void AddScoreTypes(SchemaBuilder schema)
    {
        schema.Object("Score", t => t
            .Description("A unit's figures over one window: SIPAS (mean of the factor indexes), the factors, their criteria and the overall question, each a percentage satisfied with its Wilson 95% interval and n.")
            .Field("unit", "Unit!", f => f.Resolve(c => UnitOf(c, c.Parent<ScoreDto>().Unit)))
            .Field("window", "String!", f => f.Description("The window's REST name (30d, month, 2025-07-01..2025-09-30)."))
            .Field("from", "DateTime!", f => f.Description("Inclusive start of the resolved window."))
            .Field("to", "DateTime!", f => f.Description("Exclusive end of the resolved window."))
            .Field("questionnaire", "String!")
            .Field("n", "Int!", f => f.Description("Responses counted."))
            .Field("sipas", SipasSchema.MeasureType + "!")
            .Field("factors", "[FactorScore!]!", f => f.ListCost(5))
            .Field("criteria", "[CriterionScore!]!", f => f.ListCost(22))
            .Field("overall", SipasSchema.MeasureType + "!", f => f.Description("The overall satisfaction question."))
            .Field("meanScore", "Float", f => f.Description("Mean answer level over every criterion answer (1–5 on likert5); null without answers."))
            .Field("updatedAt", "DateTime!", f => f.Description("When the unit's figures last changed.")));
        schema.Object("FactorScore", t => t
            .Description("A factor index (percent) with its interval and n.")
            .Field("id", "String!").Field("value", "Float!").Field("low", "Float!").Field("high", "Float!").Field("n", "Int!"));
        schema.Object("CriterionScore", t => t
            .Description("A criterion index (percent satisfied) with its interval and n.")
            .Field("id", "String!").Field("factor", "String!", f => f.Resolve(c => c.Parent<IndexDto>().Factor ?? ""))
            .Field("value", "Float!").Field("low", "Float!").Field("high", "Float!").Field("n", "Int!"));
        schema.Object("RankEntry", t => t
            .Description("A unit's place among its siblings: the competition rank (1, 1, 3) and the band of ranks its interval allows; insufficient units (under Live:MinimumSample) have no rank.")
            .Field("rank", "Int").Field("unit", "Unit!", f => f.Resolve(c => UnitOf(c, c.Parent<RankEntry>().Unit)))
            .Field("value", "Float!").Field("low", "Float!").Field("high", "Float!").Field("n", "Int!")
            .Field("rankLow", "Int").Field("rankHigh", "Int").Field("insufficient", "Boolean!"));
        schema.Object("Point", t => t
            .Description("One bucket of a trend: [from, to), its responses and SIPAS (null without responses).")
            .Field("from", "DateTime!").Field("to", "DateTime!").Field("n", "Int!").Field("sipas", SipasSchema.MeasureType));
        schema.Object("RankingUpdate", t => t
            .Description("The children of a unit now stand in a new order (default ranking: 30 days, SIPAS).")
            .Field("parent", "Unit!", f => f.Resolve(c => UnitOf(c, c.Parent<RankingChanged>().Parent)))
            .Field("window", "String!").Field("metric", "String!")
            .Field("previous", "[String!]!", f => f.Description("The order last published (codes; empty after a restart).").ListCost(34))
            .Field("order", "[String!]!", f => f.Description("Ranked units by rank, then those with insufficient data by code.").ListCost(34))
            .Field("at", "DateTime!")
            .Field("entries", "[RankEntry!]!", f => f.Description("The fresh ranking behind the new order.").ListCost(34)
                .ResolveTask(async c =>
                {
                    var change = c.Parent<RankingChanged>();
                    var q = ScoreReads.FindQuestionnaire(c, null);
                    return (await ScoreReads.RankingAsync(c, change.Parent, WindowSpec.Parse(change.Window), change.Metric, q)).Entries;
                })));
    }

    private void AddScoreFields(ObjectTypeBuilder unit) => unit
        .Field("score", "Score", f => f
            .Description("The unit's figures over a window (default LAST_30D) or a day range. Needs a key that may read the unit.")
            .Argument("window", SipasWindows.WindowType)
            .Argument("from", "Date", "First day of a range (with to, instead of window).")
            .Argument("to", "Date", "Last day of a range, included.")
            .Argument("questionnaire", "String", "Questionnaire id (default sipas-2017).")
            .ResolveTask(c =>
            {
                var code = Readable(c, "score");
                return ScoreReads.ScoreAsync(c, code, SipasWindows.FromArguments(c), ScoreReads.Questionnaire(c));
            }))
        .Field("trend", "[Point!]!", f => f
            .Description("The unit's SIPAS bucket by bucket over a window, oldest first (default LAST_30D by DAY). FIVE_MINUTES buckets reach 2 hours back, HOUR 48 hours, DAY two years.")
            .Argument("window", SipasWindows.WindowType)
            .Argument("bucket", SipasWindows.BucketType, "Default: the window's own buckets (5 minutes for LAST_HOUR, hours for LAST_24H, else days).")
            .Argument("questionnaire", "String")
            .ListCost(30)
            .ResolveTask(async c =>
            {
                var code = Readable(c, "trend");
                var q = ScoreReads.Questionnaire(c);
                var now = clock.GetUtcNow();
                var buckets = TrendPoints.Buckets(SipasWindows.ToSpec(c.Argument<string?>("window")).Resolve(now), c.Argument<BucketResolution?>("bucket"), now);
                return TrendPointDto.Series(await ScoreReads.HistoryAsync(c, code), q, buckets, clock);
            }))
        .Field("rank", "RankEntry", f => f
            .Description("The unit's place among its siblings (null for the nation). Needs a key that may read the unit.")
            .Argument("window", SipasWindows.WindowType)
            .Argument("metric", "String", "sipas (default) or a factor id.")
            .Argument("questionnaire", "String")
            .ResolveTask(async c =>
            {
                var code = Readable(c, "rank");
                var q = ScoreReads.Questionnaire(c);
                var metric = ScoreReads.Metric(c, q);
                if (c.Parent<Unit>().ParentCode is not { } parent)
                {
                    return null;
                }

                var ranking = await ScoreReads.RankingAsync(c, parent, SipasWindows.ToSpec(c.Argument<string?>("window")), metric, q);
                return ranking.Entries.FirstOrDefault(e => e.Unit == code);
            }));

    /// <summary>The parent unit's code once the caller may read its numbers; FORBIDDEN otherwise.</summary>
    private static string Readable(ResolveContext context, string what)
    {
        var code = context.Parent<Unit>().Code;
        return context.Caller().CanRead(context.Tree(), code) ? code : throw GraphQLAccess.Forbidden($"read the {what} of unit {code}");
    }
}
