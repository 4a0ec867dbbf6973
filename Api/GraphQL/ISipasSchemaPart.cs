using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL;

/// <summary>
/// A feature's share of the SIPAS schema (units and scores, alerts, …): its own types, and its fields on the root
/// types and on <c>Unit</c> (whose parent value is a <see cref="Grains.Units.Unit"/>). Parts are registered in DI
/// and composed by the schema at start, so features stay in their own files.
/// </summary>
public interface ISipasSchemaPart
{
    /// <summary>Adds the part's object, enum and input types.</summary>
    void AddTypes(SchemaBuilder schema)
    {
    }

    void AddQueryFields(ObjectTypeBuilder query)
    {
    }

    void AddMutationFields(ObjectTypeBuilder mutation)
    {
    }

    void AddSubscriptionFields(ObjectTypeBuilder subscription)
    {
    }

    void AddUnitFields(ObjectTypeBuilder unit)
    {
    }
}
