namespace Sipas.Runtime.Core;

/// <summary>
/// Installed while an activation runs: every continuation of grain code is posted back to the activation, so the
/// grain runs one piece at a time even when calls interleave (the role of Orleans' ActivationTaskScheduler).
/// </summary>
internal sealed class ActivationSynchronizationContext(Activation activation) : SynchronizationContext
{
    public Activation Activation { get; } = activation;

    public override void Post(SendOrPostCallback d, object? state) => Activation.Post(new WorkItem(d, state));

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send on a grain's context would block its turn; use await.");

    public override SynchronizationContext CreateCopy() => this;
}
