namespace Sipas.GraphQL.Types;

/// <summary>A list of another type: <c>[T]</c>.</summary>
/// <param name="ofType">The item type.</param>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override string ToString() => "[" + OfType + "]";
}
