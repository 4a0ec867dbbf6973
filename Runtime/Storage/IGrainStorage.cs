namespace Sipas.Runtime.Storage;

/// <summary>
/// A grain storage provider (Orleans' <c>IGrainStorage</c>). Writes and clears are conditional on
/// <see cref="IGrainState{T}.ETag"/>: on a mismatch they throw <see cref="InconsistentStateException"/>.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads a state; a missing record leaves <see cref="IGrainState{T}.RecordExists"/> false and ETag null.</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="stateName">The state's name.</param>
    /// <param name="grainId">The grain.</param>
    /// <param name="grainState">Receives state, ETag and existence.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the state is read.</returns>
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);

    /// <summary>Writes a state if the stored version equals its ETag, then updates the ETag.</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="stateName">The state's name.</param>
    /// <param name="grainId">The grain.</param>
    /// <param name="grainState">The state to write; its ETag is updated.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);

    /// <summary>Clears a state (the payload goes, the version moves on) if the stored version equals its ETag.</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="stateName">The state's name.</param>
    /// <param name="grainId">The grain.</param>
    /// <param name="grainState">The state; its ETag is updated and RecordExists becomes false.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is cleared.</returns>
    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);
}
