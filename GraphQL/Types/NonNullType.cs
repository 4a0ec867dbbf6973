namespace Sipas.GraphQL.Types;

/// <summary>A non-null wrapper: <c>T!</c>.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    /// <param name="ofType">The nullable type (not itself non-null).</param>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override string ToString() => OfType + "!";
}
