using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sipas.Runtime.Storage;

/// <summary>
/// UTF-8 JSON through System.Text.Json. Register the source-generated <c>JsonSerializerContext</c> of your state
/// types with <c>silo.AddGrainStateJsonContext(MyStateJsonContext.Default)</c>; types no registered context knows
/// fall back to reflection-based serialization.
/// </summary>
/// <param name="options">Options whose <see cref="JsonSerializerOptions.TypeInfoResolver"/> knows the state types.</param>
public sealed class JsonGrainStorageSerializer(JsonSerializerOptions options) : IGrainStorageSerializer
{
    /// <summary>The options in use.</summary>
    public JsonSerializerOptions Options { get; } = MakeReadOnly(options);

    /// <inheritdoc />
    public byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    /// <inheritdoc />
    public T Deserialize<T>(ReadOnlySpan<byte> payload) => JsonSerializer.Deserialize(payload, TypeInfo<T>())!;

    private JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions MakeReadOnly(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
