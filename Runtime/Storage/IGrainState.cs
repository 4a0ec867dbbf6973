namespace Sipas.Runtime.Storage;

/// <summary>The state a storage provider reads into and writes from (Orleans' <c>IGrainState&lt;T&gt;</c>).</summary>
/// <typeparam name="T">The state type.</typeparam>
public interface IGrainState<T>
{
    /// <summary>The state.</summary>
    T State { get; set; }

    /// <summary>The stored version last seen; null when no record exists.</summary>
    string? ETag { get; set; }

    /// <summary>Whether a record with a payload exists.</summary>
    bool RecordExists { get; set; }
}
