namespace Sipas.GraphQL.Language.Ast;

/// <summary>An integer literal.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="value">The literal as written.</param>
    /// <param name="location">Where the node is in its source.</param>
    public IntValueNode(string value, Location location)
        : base(location)
    {
        Value = value;
    }

    /// <summary>The literal as written.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.IntValue;
}
