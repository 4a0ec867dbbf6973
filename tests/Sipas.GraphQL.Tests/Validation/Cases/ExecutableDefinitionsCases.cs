namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its ExecutableDefinitionsRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class ExecutableDefinitionsCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "with only operation",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              dog {
                name
              }
            }
            """),
        new(
            "with operation and fragment",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """),
        new(
            "with type definition",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            new ExpectedError("The \"Cow\" definition is not executable.", (7, 1)),
            new ExpectedError("The \"Dog\" definition is not executable.", (11, 1))),
    ];
}
