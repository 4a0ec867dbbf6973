namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its UniqueOperationNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class UniqueOperationNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "no operations",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Type {
              field
            }
            """),
        new(
            "one anon operation",
            ValidationSchemas.TestSchema,
            """
            {
              field
            }
            """),
        new(
            "one named operation",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              field
            }
            """),
        new(
            "multiple operations",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              field
            }

            query Bar {
              field
            }
            """),
        new(
            "multiple operations of different types",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              field
            }

            mutation Bar {
              field
            }

            subscription Baz {
              field
            }
            """),
        new(
            "fragment and operation named the same",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """),
        new(
            "multiple operations of same name",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 7))),
        new(
            "multiple ops of same name of different types (mutation)",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 10))),
        new(
            "multiple ops of same name of different types (subscription)",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 14))),
    ];
}
