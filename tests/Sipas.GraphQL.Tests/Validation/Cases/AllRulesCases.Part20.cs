namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part20 =
    [
        new(
            "MaxIntrospectionDepth: 3 fields deep introspection query with fragments",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ...One
                }
              }
            }

            fragment One on __Type {
              fields {
                type {
                  ...Two
                }
              }
            }

            fragment Two on __Type {
              fields {
                type {
                  ...Three
                }
              }
            }

            fragment Three on __Type {
              fields {
                name
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
        new(
            "MaxIntrospectionDepth: 3 fields deep inside inline fragment on query",
            ValidationSchemas.TestSchema,
            """
            {
              ... {
                __schema { types { fields { type { fields { type { fields { name } } } } } } }
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (3, 5))),
        new(
            "MaxIntrospectionDepth: opts out if fragment is missing",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ...Missing
                }
              }
            }
            """,
            new ExpectedError("Unknown fragment \"Missing\".", (4, 10))),
        new(
            "MaxIntrospectionDepth: doesn't infinitely recurse on fragment cycle",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ...Cycle
                }
              }
            }
            fragment Cycle on __Type {
              ...Cycle
            }
            """,
            new ExpectedError("Cannot spread fragment \"Cycle\" within itself.", (9, 3))),
    ];
}
