namespace Sipas.GraphQL.Language.Ast;

/// <summary>A field selection.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="alias">The alias, if any.</param>
    /// <param name="name">The field name.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="directives">The directives.</param>
    /// <param name="selectionSet">The sub-selection, if any.</param>
    /// <param name="location">Where the node is in its source.</param>
    public FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location location)
        : base(directives, location)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        SelectionSet = selectionSet;
    }

    /// <summary>The alias, if any.</summary>
    public NameNode? Alias { get; }

    /// <summary>The field name.</summary>
    public NameNode Name { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    /// <summary>The sub-selection, if any.</summary>
    public SelectionSetNode? SelectionSet { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The key of the field in the response: the alias, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
