using System.Text.Json;
using System.Text.Json.Serialization;
using Sipas.Grains.Responses;

namespace Sipas.Api.Ingestion;

/// <summary>How a validated response is serialised into the response log (and read back on replay).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SurveyResponse))]
[JsonSerializable(typeof(IReadOnlyList<ItemResult>))]
internal sealed partial class IngestionJsonContext : JsonSerializerContext;
