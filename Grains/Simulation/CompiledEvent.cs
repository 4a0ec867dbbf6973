using Sipas.Grains.Units;

namespace Sipas.Grains.Simulation;

/// <summary>A scripted event resolved against the tree: the units it covers and those it steers traffic to.</summary>
internal sealed record CompiledEvent(ScriptedEvent Scripted, IReadOnlySet<string> Covered, IReadOnlyList<Unit> Targets, double Share)
{
    public bool Covers(string unitCode) => Covered.Contains(unitCode);
}
