namespace Sipas.GraphQL.Language.Ast;

/// <summary>A parsed document: the root of the AST.</summary>
public sealed class DocumentNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="definitions">The definitions in source order.</param>
    /// <param name="location">Where the node is in its source.</param>
    public DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location location)
        : base(location)
    {
        Definitions = definitions;
    }

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Document;
}
