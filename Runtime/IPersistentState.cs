namespace Sipas.Runtime;

/// <summary>
/// A grain's persistent state (Orleans' <c>IPersistentState&lt;TState&gt;</c>): loaded before activation, written
/// when the grain asks. A write with a stale <see cref="Etag"/> throws
/// <see cref="Storage.InconsistentStateException"/> and the activation is deactivated.
/// </summary>
/// <typeparam name="TState">The state type, serialized with System.Text.Json.</typeparam>
public interface IPersistentState<TState>
{
    /// <summary>The state. Replace it or mutate it, then call <see cref="WriteStateAsync"/>.</summary>
    TState State { get; set; }

    /// <summary>The version of the stored record this instance last read or wrote; null when none exists.</summary>
    string? Etag { get; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; }

    /// <summary>Reads the state from storage, replacing <see cref="State"/>.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the state is read.</returns>
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes <see cref="State"/> when the stored version still equals <see cref="Etag"/>.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Clears the stored state and resets <see cref="State"/> to a new instance.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is cleared.</returns>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
