namespace Sipas.GraphQL.Language.Ast;

/// <summary>A non-null type reference: <c>T!</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="type">The nullable type.</param>
    /// <param name="location">Where the node is in its source.</param>
    public NonNullTypeNode(TypeNode type, Location location)
        : base(location)
    {
        Type = type;
    }

    /// <summary>The nullable type.</summary>
    public TypeNode Type { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NonNullType;
}
