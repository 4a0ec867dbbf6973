namespace Sipas.GraphQL.Language.Ast;

/// <summary>A float literal.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="value">The literal as written.</param>
    /// <param name="location">Where the node is in its source.</param>
    public FloatValueNode(string value, Location location)
        : base(location)
    {
        Value = value;
    }

    /// <summary>The literal as written.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FloatValue;
}
