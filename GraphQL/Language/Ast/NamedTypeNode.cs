namespace Sipas.GraphQL.Language.Ast;

/// <summary>A named type reference.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="location">Where the node is in its source.</param>
    public NamedTypeNode(NameNode name, Location location)
        : base(location)
    {
        Name = name;
    }

    /// <summary>The type name.</summary>
    public NameNode Name { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NamedType;
}
