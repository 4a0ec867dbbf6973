using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sipas.Grains.Units;

/// <summary>
/// An immutable version of the unit tree: lookup by code, children, ancestors, subtree tests, leaves.
/// Retired units (merged away) stay resolvable by code so their history and their codes are never lost or reused;
/// they are no longer anyone's child. <see cref="Apply(Reorganisation)"/> returns the next version.
/// </summary>
public sealed partial class UnitTree
{
    private readonly FrozenDictionary<string, Unit> _units;
    private readonly FrozenDictionary<string, ImmutableArray<Unit>> _children;

    public UnitTree(IEnumerable<Unit> units, DateOnly asOf, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(units);
        var byCode = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byCode.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Duplicate unit code '{unit.Code}'.", nameof(units));
            }
        }

        Root = FindRoot(byCode.Values);
        _units = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _children = BuildChildren(_units);
        AsOf = asOf;
        Version = version;
    }

    /// <summary>The nation.</summary>
    public Unit Root { get; }

    /// <summary>The date of the latest change this version includes.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Increases by one with every applied operation.</summary>
    public int Version { get; }

    /// <summary>Every unit ever present, retired ones included.</summary>
    public IEnumerable<Unit> All => _units.Values;

    /// <summary>Units that currently exist.</summary>
    public IEnumerable<Unit> Active => _units.Values.Where(u => u.IsActive);

    public int Count => _units.Count;

    public Unit? Find(string code) => _units.GetValueOrDefault(code);

    public bool TryGet(string code, out Unit unit) => _units.TryGetValue(code, out unit!);

    public Unit Get(string code) =>
        _units.TryGetValue(code, out var unit) ? unit : throw new KeyNotFoundException($"Unknown unit code '{code}'.");

    /// <summary>The current children of <paramref name="code"/>, in code order; empty for a leaf or unknown code.</summary>
    public ImmutableArray<Unit> Children(string code) => _children.GetValueOrDefault(code, []);

    /// <summary>The parent, grandparent, … up to and including the nation (nearest first); empty for the nation.</summary>
    public IReadOnlyList<Unit> Ancestors(string code)
    {
        var path = new List<Unit>();
        var current = Get(code);
        while (current.ParentCode is { } parent)
        {
            current = Get(parent);
            path.Add(current);
        }

        return path;
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestorCode"/> or lies below it (authorization).</summary>
    public bool IsInSubtree(string code, string ancestorCode)
    {
        if (!_units.TryGetValue(code, out var current) || !_units.ContainsKey(ancestorCode))
        {
            return false;
        }

        while (true)
        {
            if (string.Equals(current.Code, ancestorCode, StringComparison.Ordinal))
            {
                return true;
            }

            if (current.ParentCode is null)
            {
                return false;
            }

            current = _units[current.ParentCode];
        }
    }

    /// <summary>Active units without active children.</summary>
    public IEnumerable<Unit> Leaves() => Active.Where(u => Children(u.Code).IsEmpty);

    /// <summary>Active units of one kind.</summary>
    public IEnumerable<Unit> OfKind(UnitKind kind) => Active.Where(u => u.Kind == kind);

    /// <summary>Every active unit below <paramref name="code"/> (not itself), depth first.</summary>
    public IEnumerable<Unit> Descendants(string code)
    {
        foreach (var child in Children(code))
        {
            yield return child;
            foreach (var below in Descendants(child.Code))
            {
                yield return below;
            }
        }
    }

    private static Unit FindRoot(IEnumerable<Unit> units)
    {
        var roots = units.Where(u => u.ParentCode is null).ToList();
        return roots.Count == 1
            ? roots[0]
            : throw new ArgumentException($"A unit tree needs exactly one root; found {roots.Count}.", nameof(units));
    }

    private static FrozenDictionary<string, ImmutableArray<Unit>> BuildChildren(FrozenDictionary<string, Unit> units)
    {
        foreach (var unit in units.Values)
        {
            if (unit.ParentCode is { } parent && !units.ContainsKey(parent))
            {
                throw new ArgumentException($"Unit '{unit.Code}' names an unknown parent '{parent}'.", nameof(units));
            }
        }

        return units.Values
            .Where(u => u.IsActive && u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderBy(u => u.Code, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
    }
}
