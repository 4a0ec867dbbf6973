using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Sipas.GraphQL.Execution;

/// <summary>An object in the response: response names to values, in selection order.</summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys, object? parent, int indexInParent, bool nonNullInParent)
    {
        _keys = keys;
        _values = new object?[keys.Length];
        Parent = parent;
        IndexInParent = indexInParent;
        NonNullInParent = nonNullInParent;
    }

    /// <inheritdoc/>
    public int Count => _keys.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc/>
    public IEnumerable<object?> Values => _values;

    internal object? Parent { get; }

    internal int IndexInParent { get; }

    internal bool NonNullInParent { get; }

    internal bool IsNulled { get; set; }

    internal object?[] RawValues => _values;

    internal string[] RawKeys => _keys;

    /// <inheritdoc/>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal bool IsLive()
    {
        for (object? node = this; node is not null;)
        {
            switch (node)
            {
                case ResultMap map when map.IsNulled:
                    return false;
                case ResultMap map:
                    node = map.Parent;
                    break;
                case ResultList list when list.IsNulled:
                    return false;
                case ResultList list:
                    node = list.Parent;
                    break;
                default:
                    return true;
            }
        }

        return true;
    }
}
