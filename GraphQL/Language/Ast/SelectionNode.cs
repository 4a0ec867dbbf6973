namespace Sipas.GraphQL.Language.Ast;

/// <summary>A selection: a field, a fragment spread or an inline fragment.</summary>
public abstract class SelectionNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="directives">The directives applied to the selection.</param>
    /// <param name="location">Where the node is in its source.</param>
    protected SelectionNode(IReadOnlyList<DirectiveNode> directives, Location location)
        : base(location)
    {
        Directives = directives;
    }

    /// <summary>The directives applied to the selection.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}
