namespace Sipas.GraphQL.Language.Ast;

/// <summary>A string literal.</summary>
public sealed class StringValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="value">The unescaped value.</param>
    /// <param name="block">Whether it was written as a block string.</param>
    /// <param name="location">Where the node is in its source.</param>
    public StringValueNode(string value, bool block, Location location)
        : base(location)
    {
        Value = value;
        Block = block;
    }

    /// <summary>The unescaped value.</summary>
    public string Value { get; }

    /// <summary>Whether it was written as a block string.</summary>
    public bool Block { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.StringValue;
}
