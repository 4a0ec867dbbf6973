namespace Sipas.Runtime.Storage;

/// <summary>Turns grain state into stored bytes and back (Orleans' <c>IGrainStorageSerializer</c>).</summary>
public interface IGrainStorageSerializer
{
    /// <summary>Serializes a state.</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="value">The state.</param>
    /// <returns>The payload.</returns>
    byte[] Serialize<T>(T value);

    /// <summary>Deserializes a state.</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="payload">The payload.</param>
    /// <returns>The state.</returns>
    T Deserialize<T>(ReadOnlySpan<byte> payload);
}
