namespace Sipas.GraphQL.Language.Ast;

/// <summary>An inline fragment: <c>... on Type { … }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="typeCondition">The type condition, if any.</param>
    /// <param name="directives">The directives.</param>
    /// <param name="selectionSet">The selection set.</param>
    /// <param name="location">Where the node is in its source.</param>
    public InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location)
        : base(directives, location)
    {
        TypeCondition = typeCondition;
        SelectionSet = selectionSet;
    }

    /// <summary>The type condition, if any.</summary>
    public NamedTypeNode? TypeCondition { get; }

    /// <summary>The selection set.</summary>
    public SelectionSetNode SelectionSet { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InlineFragment;
}
