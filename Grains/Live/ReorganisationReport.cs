namespace Sipas.Grains.Live;

/// <summary>What a reorganisation did: operations applied, units rebuilt, and the tree version it produced.</summary>
public sealed record ReorganisationReport(int Operations, int UnitsRebuilt, int TreeVersion);
