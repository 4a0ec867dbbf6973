namespace Sipas.GraphQL.Language.Ast;

/// <summary>A fragment definition.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The fragment name.</param>
    /// <param name="typeCondition">The type condition.</param>
    /// <param name="directives">The directives.</param>
    /// <param name="selectionSet">The selection set.</param>
    /// <param name="location">Where the node is in its source.</param>
    public FragmentDefinitionNode(NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location)
        : base(name, directives, selectionSet, location)
    {
        TypeCondition = typeCondition;
    }

    /// <summary>The type condition.</summary>
    public NamedTypeNode TypeCondition { get; }

    /// <summary>The fragment name.</summary>
    public new NameNode Name => base.Name!;

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentDefinition;
}
