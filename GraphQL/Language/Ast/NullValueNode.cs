namespace Sipas.GraphQL.Language.Ast;

/// <summary><c>null</c>.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="location">Where the node is in its source.</param>
    public NullValueNode(Location location)
        : base(location)
    {
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NullValue;
}
