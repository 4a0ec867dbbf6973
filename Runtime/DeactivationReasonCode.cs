namespace Sipas.Runtime;

/// <summary>Why an activation is being deactivated (Orleans' <c>DeactivationReasonCode</c>).</summary>
public enum DeactivationReasonCode
{
    /// <summary>No reason given.</summary>
    None,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>The activation was idle for longer than its collection age.</summary>
    ActivationIdle,

    /// <summary>The grain asked for it (<see cref="Grain.DeactivateOnIdle"/>).</summary>
    ApplicationRequested,

    /// <summary>The grain failed, for example a state write met a stale ETag.</summary>
    ApplicationError,

    /// <summary>Activation failed.</summary>
    ActivationFailed,
}
