namespace Sipas.Grains.Access;

/// <summary>What an API key may do, and over which part of the unit tree (see <see cref="Caller"/>).</summary>
public enum Role
{
    /// <summary>Everything, everywhere: reads, targets, keys, reorganisations.</summary>
    National,

    /// <summary>Reads and manages (targets, alerts, keys) its unit and the whole subtree below it.</summary>
    Leader,

    /// <summary>Reads its own unit and the service points below it; changes nothing.</summary>
    Agency,

    /// <summary>Submits responses for units in its unit's subtree; reads no scores.</summary>
    Collector,
}
