using System.Collections;

namespace Sipas.GraphQL.Execution;

/// <summary>A list in the response.</summary>
public sealed class ResultList : IReadOnlyList<object?>
{
    private readonly object?[] _values;

    internal ResultList(int count, object? parent, int indexInParent, bool nonNullInParent)
    {
        _values = count == 0 ? [] : new object?[count];
        Parent = parent;
        IndexInParent = indexInParent;
        NonNullInParent = nonNullInParent;
    }

    /// <inheritdoc/>
    public int Count => _values.Length;

    internal object? Parent { get; }

    internal int IndexInParent { get; }

    internal bool NonNullInParent { get; }

    internal bool IsNulled { get; set; }

    internal object?[] RawValues => _values;

    /// <inheritdoc/>
    public object? this[int index] => _values[index];

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _values.GetEnumerator();
}
