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

    /// <summary>The description (graphql-js 16.15 accepts descriptions on executable definitions), if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentDefinition;
}
