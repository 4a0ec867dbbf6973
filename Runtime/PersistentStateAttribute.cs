namespace Sipas.Runtime;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the runtime injects state
/// bound to the named storage provider and reads it before <see cref="Grain.OnActivateAsync"/> (Orleans'
/// <c>[PersistentState]</c>).
/// </summary>
/// <param name="stateName">The state's name, unique within the grain.</param>
/// <param name="storageName">The storage provider's name; <c>"Default"</c> when omitted.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The state's name.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name, or null for the default provider.</summary>
    public string? StorageName { get; } = storageName;
}
