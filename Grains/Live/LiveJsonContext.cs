using System.Text.Json.Serialization;

namespace Sipas.Grains.Live;

/// <summary>Serialisation of the grains' persistent states (register with <c>AddGrainStateJsonContext</c>).</summary>
[JsonSerializable(typeof(UnitGrainState))]
[JsonSerializable(typeof(CheckpointState))]
[JsonSerializable(typeof(ReorganisationState))]
public sealed partial class LiveJsonContext : JsonSerializerContext;
