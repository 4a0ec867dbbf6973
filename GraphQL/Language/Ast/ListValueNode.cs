namespace Sipas.GraphQL.Language.Ast;

/// <summary>A list literal.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="values">The items.</param>
    /// <param name="location">Where the node is in its source.</param>
    public ListValueNode(IReadOnlyList<ValueNode> values, Location location)
        : base(location)
    {
        Values = values;
    }

    /// <summary>The items.</summary>
    public IReadOnlyList<ValueNode> Values { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListValue;
}
