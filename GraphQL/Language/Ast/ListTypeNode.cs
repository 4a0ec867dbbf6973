namespace Sipas.GraphQL.Language.Ast;

/// <summary>A list type reference: <c>[T]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="type">The item type.</param>
    /// <param name="location">Where the node is in its source.</param>
    public ListTypeNode(TypeNode type, Location location)
        : base(location)
    {
        Type = type;
    }

    /// <summary>The item type.</summary>
    public TypeNode Type { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListType;
}
