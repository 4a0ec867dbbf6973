using System.Text.Json.Serialization;

namespace Sipas.Runtime.Tests.Grains;

[JsonSerializable(typeof(CounterState))]
public sealed partial class TestStateJsonContext : JsonSerializerContext;
