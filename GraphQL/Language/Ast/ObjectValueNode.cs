namespace Sipas.GraphQL.Language.Ast;

/// <summary>An input object literal.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="fields">The fields in source order.</param>
    /// <param name="location">Where the node is in its source.</param>
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location)
        : base(location)
    {
        Fields = fields;
    }

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectValue;
}
