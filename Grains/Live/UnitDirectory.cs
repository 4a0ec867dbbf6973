using Sipas.Grains.Units;

namespace Sipas.Grains.Live;

/// <summary>
/// The unit tree the grains route by (swapped whole on a reorganisation) and whether the silo is live: until
/// recovery has replayed the log and rebuilt every parent, units count but pass nothing up, so no delta is pooled
/// twice.
/// </summary>
public sealed class UnitDirectory(UnitTree tree)
{
    private volatile UnitTree _tree = tree;
    private volatile bool _isLive;

    public UnitTree Tree => _tree;

    public bool IsLive => _isLive;

    public void Replace(UnitTree tree) => _tree = tree;

    public void GoLive() => _isLive = true;
}
