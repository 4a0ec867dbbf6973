using Sipas.Runtime.Core;

namespace Sipas.Runtime;

/// <summary>
/// Base class of grain implementations (Orleans' <c>Grain</c>). Take dependencies in a primary constructor; mark
/// <see cref="IPersistentState{TState}"/> parameters with <see cref="PersistentStateAttribute"/>. The runtime
/// constructs the grain on its first call, reads its states, then calls <see cref="OnActivateAsync"/>. Grain code runs
/// one turn at a time; do not use <c>ConfigureAwait(false)</c> inside grains.
/// </summary>
public abstract partial class Grain : IAddressable
{
    [ThreadStatic]
    private static Activation? _constructing;

    private readonly Activation _activation;

    /// <summary>Grains are created by the runtime only.</summary>
    protected Grain()
    {
        _activation = _constructing ?? throw new InvalidOperationException(
            "Grains are created by the runtime: get a reference with IGrainFactory.GetGrain<T>(key) and call it.");
    }

    /// <summary>The grain's identity.</summary>
    public GrainId GrainId => _activation.GrainId;

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory => _activation.Runtime;

    /// <summary>The silo's service provider.</summary>
    protected IServiceProvider ServiceProvider => _activation.Services;

    internal Activation Activation => _activation;

    /// <summary>Called after the grain's states are read and before its first call.</summary>
    /// <param name="cancellationToken">Cancelled when activation takes longer than its timeout.</param>
    /// <returns>A task that completes when the grain is ready.</returns>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called before the activation is dropped; write state here to keep it (shutdown calls it too).</summary>
    /// <param name="reason">Why the activation ends.</param>
    /// <param name="cancellationToken">Cancelled when deactivation takes longer than its timeout.</param>
    /// <returns>A task that completes when the grain has finished.</returns>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current call (and any running calls) finish.</summary>
    protected void DeactivateOnIdle() => _activation.DeactivateOnIdle();

    /// <summary>Keeps this activation from idle collection for at least the given time.</summary>
    /// <param name="timeSpan">How long to keep it.</param>
    protected void DelayDeactivation(TimeSpan timeSpan) => _activation.DelayDeactivation(timeSpan);

    internal static ConstructionScope Constructing(Activation activation)
    {
        var previous = _constructing;
        _constructing = activation;
        return new ConstructionScope(previous);
    }

    internal readonly struct ConstructionScope(Activation? previous) : IDisposable
    {
        public void Dispose() => _constructing = previous;
    }
}
