namespace Sipas.GraphQL.Language.Ast;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="value">The value.</param>
    /// <param name="location">Where the node is in its source.</param>
    public BooleanValueNode(bool value, Location location)
        : base(location)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.BooleanValue;
}
