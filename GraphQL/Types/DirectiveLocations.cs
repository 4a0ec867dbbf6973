namespace Sipas.GraphQL.Types;

/// <summary>Spec names of directive locations (<c>FRAGMENT_SPREAD</c> …).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The spec name of a location.</summary>
    /// <param name="location">The location.</param>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];
}
