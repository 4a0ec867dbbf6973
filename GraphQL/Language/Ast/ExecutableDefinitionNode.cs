namespace Sipas.GraphQL.Language.Ast;

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The name (optional for operations).</param>
    /// <param name="directives">The directives.</param>
    /// <param name="selectionSet">The selection set.</param>
    /// <param name="location">Where the node is in its source.</param>
    protected ExecutableDefinitionNode(NameNode? name, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location)
        : base(location)
    {
        Name = name;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    /// <summary>The name (optional for operations).</summary>
    public NameNode? Name { get; }

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The selection set.</summary>
    public SelectionSetNode SelectionSet { get; }
}
