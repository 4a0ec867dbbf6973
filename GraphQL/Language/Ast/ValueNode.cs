namespace Sipas.GraphQL.Language.Ast;

/// <summary>An input value literal (or a variable).</summary>
public abstract class ValueNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="location">Where the node is in its source.</param>
    protected ValueNode(Location location)
        : base(location)
    {
    }
}
