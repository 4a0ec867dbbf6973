using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sipas.LoadGen.Wire;

/// <summary>Source-generated JSON for the wire types (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WireResponse))]
[JsonSerializable(typeof(IReadOnlyList<WireResponse>))]
[JsonSerializable(typeof(SubmitReply))]
internal sealed partial class LoadGenJsonContext : JsonSerializerContext;
