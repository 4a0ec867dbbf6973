using Sipas.Grains.Contracts;

namespace Sipas.Grains.Live;

/// <summary>The persisted reorganisations, in the order they were applied.</summary>
public sealed class ReorganisationState
{
    public List<ReorganisationRecord> Applied { get; set; } = [];
}
