namespace Sipas.GraphQL.Language.Ast;

/// <summary>A fragment spread: <c>...Name</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The fragment name.</param>
    /// <param name="directives">The directives.</param>
    /// <param name="location">Where the node is in its source.</param>
    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
        : base(directives, location)
    {
        Name = name;
    }

    /// <summary>The fragment name.</summary>
    public NameNode Name { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentSpread;
}
