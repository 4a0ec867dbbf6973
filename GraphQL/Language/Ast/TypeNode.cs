namespace Sipas.GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="location">Where the node is in its source.</param>
    protected TypeNode(Location location)
        : base(location)
    {
    }
}
