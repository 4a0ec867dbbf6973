namespace Sipas.Runtime.Core;

/// <summary>The life of an activation.</summary>
internal enum ActivationStatus
{
    Created,
    Activating,
    Valid,
    Deactivating,
    Invalid,
}
