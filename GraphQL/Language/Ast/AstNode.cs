namespace Sipas.GraphQL.Language.Ast;

/// <summary>A node of a parsed GraphQL document. Nodes are immutable and compared by reference.</summary>
public abstract class AstNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="location">Where the node is in its source.</param>
    protected AstNode(Location location)
    {
        Location = location;
    }

    /// <summary>Where the node is in its source.</summary>
    public Location Location { get; }

    /// <summary>The kind of node.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Prints the node as GraphQL (graphql-js <c>print</c>).</summary>
    public override string ToString() => Printer.Print(this);
}
