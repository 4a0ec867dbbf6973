namespace Sipas.GraphQL.Language.Ast;

/// <summary>A field of an input object literal.</summary>
public sealed class ObjectFieldNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <param name="location">Where the node is in its source.</param>
    public ObjectFieldNode(NameNode name, ValueNode value, Location location)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The field name.</summary>
    public NameNode Name { get; }

    /// <summary>The value.</summary>
    public ValueNode Value { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectField;
}
