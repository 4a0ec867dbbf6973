namespace Sipas.Runtime.Configuration;

/// <summary>Idle collection and lifecycle options (Orleans' <c>GrainCollectionOptions</c>).</summary>
public sealed class GrainCollectionOptions
{
    /// <summary>An activation idle for this long is deactivated. Default 15 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for. Default 1 minute.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time given to <see cref="Grain.OnActivateAsync"/> (and the state reads before it). Default 30 seconds.</summary>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time given to <see cref="Grain.OnDeactivateAsync"/>. Default 30 seconds.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per grain class overrides of <see cref="CollectionAge"/>, keyed by the class's full name.</summary>
    public Dictionary<string, TimeSpan> ClassSpecificCollectionAge { get; } = [];
}
