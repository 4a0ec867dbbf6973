using System.Collections.Frozen;
using Sipas.Grains.Units;

namespace Sipas.Grains.Live;

/// <summary>
/// The unit tree the grains route by (swapped whole on a reorganisation) and whether the silo is live: until
/// recovery has replayed the log and rebuilt every parent, units count but pass nothing up, so no delta is pooled
/// twice. It also answers where a retired unit's responses go (<see cref="Resolve"/>) and whose own counts a unit
/// pools besides its children's (<see cref="Absorbed"/>), and holds the routing gate a reorganisation closes.
/// </summary>
public sealed class UnitDirectory(UnitTree tree)
{
    private readonly SemaphoreSlim _routing = new(1, 1);
    private volatile Snapshot _current = new(tree);
    private volatile bool _isLive;

    public UnitTree Tree => _current.Tree;

    public bool IsLive => _isLive;

    public void Replace(UnitTree tree) => _current = new Snapshot(tree);

    public void GoLive() => _isLive = true;

    /// <summary>The unit that takes <paramref name="code"/>'s responses today: itself, or for a retired unit its last successor.</summary>
    public string Resolve(string code) => _current.Successors.GetValueOrDefault(code, code);

    /// <summary>The retired units whose own counts <paramref name="code"/> pools (they were merged into it, directly or not).</summary>
    public IReadOnlyList<string> Absorbed(string code) => _current.Absorbed.GetValueOrDefault(code, []);

    /// <summary>
    /// Waits until no batch is being routed and keeps routing closed until the result is disposed (a reorganisation
    /// holds it so nothing is sent by the old tree once it starts draining).
    /// </summary>
    public async Task<IDisposable> PauseRoutingAsync(CancellationToken cancellationToken)
    {
        await _routing.WaitAsync(cancellationToken);
        return new Release(_routing);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class Snapshot
    {
        public Snapshot(UnitTree tree)
        {
            Tree = tree;
            var successors = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var unit in tree.All.Where(u => u.MergedInto is not null))
            {
                var target = unit.MergedInto!;
                // Codes are never reused, so the chain ends at an active unit (or at a unit this tree lacks).
                while (tree.Find(target) is { MergedInto: { } next })
                {
                    target = next;
                }

                successors[unit.Code] = target;
            }

            Successors = successors.ToFrozenDictionary(StringComparer.Ordinal);
            Absorbed = successors.GroupBy(p => p.Value, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Key).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        }

        public UnitTree Tree { get; }

        public FrozenDictionary<string, string> Successors { get; }

        public FrozenDictionary<string, IReadOnlyList<string>> Absorbed { get; }
    }
}
