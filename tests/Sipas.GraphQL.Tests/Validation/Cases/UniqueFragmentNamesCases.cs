namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its UniqueFragmentNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class UniqueFragmentNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "no fragments",
            ValidationSchemas.TestSchema,
            """
            {
              field
            }
            """),
        new(
            "one fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Type {
              field
            }
            """),
        new(
            "many fragments",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragC on Type {
              fieldC
            }
            """),
        new(
            "inline fragments are always unique",
            ValidationSchemas.TestSchema,
            """
            {
              ...on Type {
                fieldA
              }
              ...on Type {
                fieldB
              }
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
            "fragments named the same",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            new ExpectedError("There can be only one fragment named \"fragA\".", (4, 10), (7, 10))),
        new(
            "fragments named the same without being referenced",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            new ExpectedError("There can be only one fragment named \"fragA\".", (1, 10), (4, 10))),
    ];
}
