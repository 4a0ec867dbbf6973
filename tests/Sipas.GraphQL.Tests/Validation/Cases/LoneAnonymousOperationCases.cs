namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its LoneAnonymousOperationRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class LoneAnonymousOperationCases
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
            "multiple named operations",
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
            "anon operation with fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """),
        new(
            "multiple anon operations",
            ValidationSchemas.TestSchema,
            """
            {
              fieldA
            }
            {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (4, 1))),
        new(
            "anon operation with a mutation",
            ValidationSchemas.TestSchema,
            """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1))),
        new(
            "anon operation with a subscription",
            ValidationSchemas.TestSchema,
            """
            {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1))),
    ];
}
