namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its MaxIntrospectionDepthRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class MaxIntrospectionDepthCases
{
    private static readonly ValidationCase[] Part3 =
    [
        new(
            "3 fields deep introspection query with fragments",
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
            "3 fields deep inside inline fragment on query",
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
            "opts out if fragment is missing",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ...Missing
                }
              }
            }
            """),
        new(
            "doesn't infinitely recurse on fragment cycle",
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
            """),
    ];
}
