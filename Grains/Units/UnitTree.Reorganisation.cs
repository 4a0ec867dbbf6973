namespace Sipas.Grains.Units;

public sealed partial class UnitTree
{
    /// <summary>Applies every operation in order and returns the resulting tree.</summary>
    public UnitTree Apply(IEnumerable<Reorganisation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        return operations.Aggregate(this, (tree, operation) => tree.Apply(operation));
    }

    /// <summary>Returns the tree after <paramref name="operation"/>; this tree is unchanged.</summary>
    /// <exception cref="InvalidOperationException">The operation does not fit this tree (unknown or retired unit, a cycle, a date earlier than <see cref="AsOf"/>).</exception>
    public UnitTree Apply(Reorganisation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Effective < AsOf)
        {
            throw new InvalidOperationException(
                $"{operation} is dated before this tree version ({AsOf:yyyy-MM-dd}); apply changes in date order.");
        }

        var units = _units.ToDictionary(StringComparer.Ordinal);
        switch (operation)
        {
            case Rename rename:
                var renamed = RequireActive(rename.Unit, operation);
                units[renamed.Code] = renamed with { Name = rename.NewName, NameEn = rename.NewNameEn ?? renamed.NameEn };
                break;
            case Move move:
                var moved = RequireActive(move.Unit, operation);
                RequireNewParent(move.NewParent, moved.Code, operation);
                units[moved.Code] = moved with { ParentCode = move.NewParent };
                break;
            case Merge merge:
                var source = RequireActive(merge.From, operation);
                RequireNewParent(merge.Into, source.Code, operation);
                units[source.Code] = source with { EffectiveTo = merge.Effective, MergedInto = merge.Into };
                foreach (var child in Children(source.Code))
                {
                    units[child.Code] = child with { ParentCode = merge.Into };
                }

                break;
            default:
                throw new InvalidOperationException($"Unsupported reorganisation {operation.GetType().Name}.");
        }

        return new UnitTree(units.Values, operation.Effective, Version + 1);
    }

    private Unit RequireActive(string code, Reorganisation operation)
    {
        var unit = Find(code) ?? throw new InvalidOperationException($"{operation}: unknown unit '{code}'.");
        return unit.IsActive
            ? unit
            : throw new InvalidOperationException($"{operation}: unit '{code}' was retired on {unit.EffectiveTo:yyyy-MM-dd}.");
    }

    private void RequireNewParent(string parentCode, string code, Reorganisation operation)
    {
        RequireActive(parentCode, operation);
        if (IsInSubtree(parentCode, code))
        {
            throw new InvalidOperationException($"{operation}: '{parentCode}' lies inside '{code}' (would make a cycle).");
        }
    }
}
