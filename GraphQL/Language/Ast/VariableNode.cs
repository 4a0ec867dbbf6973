namespace Sipas.GraphQL.Language.Ast;

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The variable name (without <c>$</c>).</param>
    /// <param name="location">Where the node is in its source.</param>
    public VariableNode(NameNode name, Location location)
        : base(location)
    {
        Name = name;
    }

    /// <summary>The variable name (without <c>$</c>).</summary>
    public NameNode Name { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Variable;
}
