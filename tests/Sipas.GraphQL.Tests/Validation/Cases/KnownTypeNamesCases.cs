namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its KnownTypeNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class KnownTypeNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "known type names are valid",
            ValidationSchemas.TestSchema,
            """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """),
        new(
            "unknown type names are invalid",
            ValidationSchemas.TestSchema,
            """
            query Foo($var: [JumbledUpLetters!]!) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            new ExpectedError("Unknown type \"JumbledUpLetters\".", (1, 18)),
            new ExpectedError("Unknown type \"Badger\".", (4, 19)),
            new ExpectedError("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23))),
        new(
            "references to standard scalars that are missing in schema",
            ValidationSchemas.Schema3,
            """
            query ($id: ID, $float: Float, $int: Int) {
              __typename
            }
            """,
            new ExpectedError("Unknown type \"ID\".", (1, 13)),
            new ExpectedError("Unknown type \"Float\".", (1, 25)),
            new ExpectedError("Unknown type \"Int\".", (1, 38))),
    ];
}
