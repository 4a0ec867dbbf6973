namespace Sipas.Runtime.Core;

/// <summary>Something an activation loads before the grain's OnActivateAsync: its persistent states.</summary>
internal interface IActivationState
{
    Task ReadOnActivateAsync(CancellationToken cancellationToken);
}
