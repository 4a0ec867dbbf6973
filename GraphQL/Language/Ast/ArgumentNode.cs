namespace Sipas.GraphQL.Language.Ast;

/// <summary>An argument: <c>name: value</c>.</summary>
public sealed class ArgumentNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="value">The value.</param>
    /// <param name="location">Where the node is in its source.</param>
    public ArgumentNode(NameNode name, ValueNode value, Location location)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The argument name.</summary>
    public NameNode Name { get; }

    /// <summary>The value.</summary>
    public ValueNode Value { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Argument;
}
