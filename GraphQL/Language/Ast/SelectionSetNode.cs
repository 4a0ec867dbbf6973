namespace Sipas.GraphQL.Language.Ast;

/// <summary>A selection set: <c>{ … }</c>.</summary>
public sealed class SelectionSetNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="selections">The selections in source order.</param>
    /// <param name="location">Where the node is in its source.</param>
    public SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location)
        : base(location)
    {
        Selections = selections;
    }

    /// <summary>The selections in source order.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SelectionSet;
}
