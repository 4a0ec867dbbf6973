namespace Sipas.GraphQL.Language.Ast;

/// <summary>A name.</summary>
public sealed class NameNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="value">The name.</param>
    /// <param name="location">Where the node is in its source.</param>
    public NameNode(string value, Location location)
        : base(location)
    {
        Value = value;
    }

    /// <summary>The name.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Name;
}
