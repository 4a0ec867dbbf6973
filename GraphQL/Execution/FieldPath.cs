namespace Sipas.GraphQL.Execution;

/// <summary>The path of a field in the response: response names and list indexes (immutable, linked to its parent).</summary>
public sealed class FieldPath
{
    private FieldPath(FieldPath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
    }

    /// <summary>The enclosing path, or null at the root.</summary>
    public FieldPath? Parent { get; }

    /// <summary>The response name, or null when this segment is a list index.</summary>
    public string? Key { get; }

    /// <summary>The list index, when <see cref="Key"/> is null.</summary>
    public int Index { get; }

    /// <summary>Starts a path at a root field.</summary>
    /// <param name="key">The response name.</param>
    public static FieldPath Root(string key) => new(null, key, 0);

    /// <summary>Appends a response name.</summary>
    /// <param name="key">The response name.</param>
    public FieldPath Append(string key) => new(this, key, 0);

    /// <summary>Appends a list index.</summary>
    /// <param name="index">The index.</param>
    public FieldPath Append(int index) => new(this, null, index);

    /// <summary>The path as a list of strings and ints, as errors report it.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            depth++;
        }

        var items = new object[depth];
        for (var p = this; p is not null; p = p.Parent)
        {
            items[--depth] = p.Key ?? (object)p.Index;
        }

        return items;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', ToList());
}
