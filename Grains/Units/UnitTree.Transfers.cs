namespace Sipas.Grains.Units;

public sealed partial class UnitTree
{
    /// <summary>
    /// The aggregate moves <paramref name="operation"/> implies, computed on this tree (before applying it):
    /// a <see cref="Move"/> takes the unit's pooled history from its old ancestors to its new ones; a
    /// <see cref="Merge"/> adds the retired unit's pooled history to the absorbing unit and its ancestors (the
    /// retired unit keeps its own history, frozen, for the record); a <see cref="Rename"/> moves nothing.
    /// </summary>
    public IReadOnlyList<HistoryTransfer> Transfers(Reorganisation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation switch
        {
            Move move => [Between(move.Unit, Get(move.Unit).ParentCode!, move.NewParent)],
            Merge merge => [Between(merge.From, Get(merge.From).ParentCode!, merge.Into)],
            _ => [],
        };
    }

    private HistoryTransfer Between(string source, string oldParent, string newParent)
    {
        var oldPath = Ancestors(source).Select(u => u.Code).ToList();
        if (oldPath.Count == 0 || !string.Equals(oldPath[0], oldParent, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{source}' is not under '{oldParent}'.");
        }

        List<string> newPath = [newParent, .. Ancestors(newParent).Select(u => u.Code)];
        var shared = oldPath.Intersect(newPath, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return new HistoryTransfer(
            source,
            [.. oldPath.Where(code => !shared.Contains(code))],
            [.. newPath.Where(code => !shared.Contains(code))]);
    }
}
