namespace Sipas.Grains.Simulation;

/// <summary>Items with weights, picked in proportion to their weight by a binary search over the cumulative sums.</summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedTable(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Nothing to pick from: every weight is zero.", nameof(entries));
        }

        _items = [.. list.Select(e => e.Item)];
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    public int Count => _items.Length;

    public double Total => _cumulative[^1];

    /// <summary>The probability of picking the item at <paramref name="index"/>.</summary>
    public double Probability(int index) => (_cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1])) / Total;

    public T this[int index] => _items[index];

    public T Pick(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * Total);
        return _items[Math.Min(index < 0 ? ~index : index, _items.Length - 1)];
    }
}
