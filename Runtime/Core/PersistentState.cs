using Sipas.Runtime.Diagnostics;
using Sipas.Runtime.Storage;

namespace Sipas.Runtime.Core;

/// <summary>The <see cref="IPersistentState{TState}"/> injected into grains (Orleans' StateStorageBridge).</summary>
internal sealed class PersistentState<TState>(string stateName, string storageName, IGrainStorage storage, Activation activation)
    : IPersistentState<TState>, IGrainState<TState>, IActivationState
{
    public TState State { get; set; } = NewState();

    public string? Etag => ETag;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Task ReadOnActivateAsync(CancellationToken cancellationToken) => ReadStateAsync(cancellationToken);

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var started = activation.Runtime.Metrics.StorageStart();
        await storage.ReadStateAsync(stateName, activation.GrainId, this, cancellationToken);
        activation.Runtime.Metrics.StorageEnd(started, storageName, "read");
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var started = activation.Runtime.Metrics.StorageStart();
        try
        {
            await storage.WriteStateAsync(stateName, activation.GrainId, this, cancellationToken);
        }
        catch (InconsistentStateException ex)
        {
            OnInconsistentState(ex);
            throw;
        }

        activation.Runtime.Metrics.StorageEnd(started, storageName, "write");
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        var started = activation.Runtime.Metrics.StorageStart();
        try
        {
            await storage.ClearStateAsync(stateName, activation.GrainId, this, cancellationToken);
        }
        catch (InconsistentStateException ex)
        {
            OnInconsistentState(ex);
            throw;
        }

        State = NewState();
        activation.Runtime.Metrics.StorageEnd(started, storageName, "clear");
    }

    /// <summary>A new state: the type's parameterless constructor, or default when it has none.</summary>
    internal static TState NewState() =>
        typeof(TState).IsValueType || typeof(TState).GetConstructor(Type.EmptyTypes) is not null
            ? Activator.CreateInstance<TState>()
            : default!;

    private void OnInconsistentState(InconsistentStateException exception)
    {
        // Like Orleans: this activation's view is stale; the next call reads the state afresh.
        activation.Runtime.Log.InconsistentState(activation.GrainId, stateName, exception);
        activation.StartDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationError, "A state write met a stale ETag.", exception));
    }
}
