namespace Sipas.GraphQL.Language.Ast;

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="location">Where the node is in its source.</param>
    protected DefinitionNode(Location location)
        : base(location)
    {
    }
}
