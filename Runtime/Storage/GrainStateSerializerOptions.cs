using System.Text.Json.Serialization.Metadata;

namespace Sipas.Runtime.Storage;

/// <summary>The JSON type information of grain state types, collected from every registered context.</summary>
public sealed class GrainStateSerializerOptions
{
    /// <summary>Resolvers (source-generated <c>JsonSerializerContext</c>s) tried in order before reflection.</summary>
    public IList<IJsonTypeInfoResolver> TypeInfoResolvers { get; } = [];
}
