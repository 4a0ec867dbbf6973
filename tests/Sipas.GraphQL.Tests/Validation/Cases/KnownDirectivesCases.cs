namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its KnownDirectivesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class KnownDirectivesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "with no directives",
            ValidationSchemas.Schema6,
            """
            query Foo {
              name
              ...Frag
            }

            fragment Frag on Dog {
              name
            }
            """),
        new(
            "with standard directives",
            ValidationSchemas.Schema6,
            """
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """),
        new(
            "with unknown directive",
            ValidationSchemas.Schema6,
            """
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """,
            new ExpectedError("Unknown directive \"@unknown\".", (2, 9))),
        new(
            "with many unknown directives",
            ValidationSchemas.Schema6,
            """
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """,
            new ExpectedError("Unknown directive \"@unknown\".", (2, 14)),
            new ExpectedError("Unknown directive \"@unknown\".", (3, 9)),
            new ExpectedError("Unknown directive \"@unknown\".", (5, 10))),
        new(
            "with well placed directives",
            ValidationSchemas.Schema6,
            """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @onField {
                ...Frag @onFragmentSpread
                ... @onInlineFragment {
                  name @onField
                }
              }
            }

            mutation @onMutation {
              someField @onField
            }

            subscription @onSubscription {
              someField @onField
            }

            fragment Frag on Human @onFragmentDefinition {
              name @onField
            }
            """),
        new(
            "with misplaced directives",
            ValidationSchemas.Schema6,
            """
            query ($var: Boolean @onQuery) @onMutation {
              human @onQuery {
                ...Frag @onQuery
                ... @onQuery {
                  name @onQuery
                }
              }
            }

            mutation @onQuery {
              someField @onQuery
            }

            subscription @onQuery {
              someField @onQuery
            }

            fragment Frag on Human @onQuery {
              name @onQuery
            }
            """,
            new ExpectedError("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
            new ExpectedError("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (2, 9)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 13)),
            new ExpectedError("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 9)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (5, 12)),
            new ExpectedError("Directive \"@onQuery\" may not be used on MUTATION.", (10, 10)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (11, 13)),
            new ExpectedError("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (14, 14)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (15, 13)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (18, 24)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (19, 8))),
    ];
}
