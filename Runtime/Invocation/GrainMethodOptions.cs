namespace Sipas.Runtime.Invocation;

/// <summary>How a grain method may be scheduled; written by the source generator from the method's attributes.</summary>
[Flags]
public enum GrainMethodOptions
{
    /// <summary>A plain call: one turn at a time, waits for the running call to finish.</summary>
    None = 0,

    /// <summary><see cref="Concurrency.ReadOnlyAttribute"/>: may interleave with other read-only calls.</summary>
    ReadOnly = 1,

    /// <summary><see cref="Concurrency.AlwaysInterleaveAttribute"/>: may interleave with any call.</summary>
    AlwaysInterleave = 2,

    /// <summary><see cref="Concurrency.OneWayAttribute"/>: no response.</summary>
    OneWay = 4,
}
