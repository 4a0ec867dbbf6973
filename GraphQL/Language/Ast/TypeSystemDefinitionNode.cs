namespace Sipas.GraphQL.Language.Ast;

/// <summary>A type system definition or extension (SDL) found in a document; kept so validation can reject it as not executable.</summary>
public sealed class TypeSystemDefinitionNode : DefinitionNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="keyword">The defining keyword, e.g. <c>type</c> or <c>schema</c>.</param>
    /// <param name="name">The defined name (null for <c>schema</c>).</param>
    /// <param name="isExtension">Whether it is an <c>extend</c> definition.</param>
    /// <param name="location">Where the node is in its source.</param>
    public TypeSystemDefinitionNode(string keyword, NameNode? name, bool isExtension, Location location)
        : base(location)
    {
        Keyword = keyword;
        Name = name;
        IsExtension = isExtension;
    }

    /// <summary>The defining keyword, e.g. <c>type</c> or <c>schema</c>.</summary>
    public string Keyword { get; }

    /// <summary>The defined name (null for <c>schema</c>).</summary>
    public NameNode? Name { get; }

    /// <summary>Whether it is an <c>extend</c> definition.</summary>
    public bool IsExtension { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.TypeSystemDefinition;
}
