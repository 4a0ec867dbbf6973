using Sipas.Api.GraphQL.Scalars;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL;

/// <summary>
/// The SIPAS schema, composed from every registered <see cref="ISipasSchemaPart"/>. The composition owns what parts
/// share: the root types, the <c>Unit</c> type with its directory fields (code, name, kind, parent, children — any
/// signed-in caller may read them), the <c>Window</c> and <c>Bucket</c> enums, the <c>Measure</c> type and the
/// <c>Date</c>/<c>DateTime</c> scalars. Parts add their own types and their fields on the root types and on <c>Unit</c>.
/// </summary>
public static class SipasSchema
{
    public const string UnitType = "Unit";
    public const string MeasureType = "Measure";

    /// <summary>Builds the schema; throws <see cref="SchemaValidationException"/> when parts clash or refer to unknown types.</summary>
    public static Schema Build(IEnumerable<ISipasSchemaPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = parts.ToArray();
        var schema = new SchemaBuilder()
            .Description("SIPAS Live: live citizen satisfaction with Vietnam's public administrative services. Send an API key as 'Authorization: Bearer <key>'.")
            .Scalar(DateScalar.Instance)
            .Scalar(DateTimeScalar.Instance);
        SipasWindows.AddTypes(schema);
        schema.Object(MeasureType, m => m
            .Description("A percentage with its Wilson 95% interval and the number of answers behind it (n = 0: no data; the interval is then 0–100).")
            .Field("value", "Float!", f => f.Description("Point estimate, percent (0–100)."))
            .Field("low", "Float!", f => f.Description("Lower bound of the 95% interval, percent."))
            .Field("high", "Float!", f => f.Description("Upper bound of the 95% interval, percent."))
            .Field("n", "Int!", f => f.Description("Answers (or, for a factor or SIPAS, respondents) behind the figure.")));
        schema.Object(UnitType, u =>
        {
            UnitDirectoryFields.Add(u);
            foreach (var part in all)
            {
                part.AddUnitFields(u);
            }
        });
        foreach (var part in all)
        {
            part.AddTypes(schema);
        }

        // ServerInfoPart gives each root at least one field, so the three roots always exist.
        schema.Query("Query", q => Each(all, q, (p, b) => p.AddQueryFields(b)));
        schema.Mutation("Mutation", m => Each(all, m, (p, b) => p.AddMutationFields(b)));
        schema.Subscription("Subscription", s => Each(all, s, (p, b) => p.AddSubscriptionFields(b)));
        return schema.Build();
    }

    private static void Each(ISipasSchemaPart[] parts, ObjectTypeBuilder builder, Action<ISipasSchemaPart, ObjectTypeBuilder> add)
    {
        foreach (var part in parts)
        {
            add(part, builder);
        }
    }
}
