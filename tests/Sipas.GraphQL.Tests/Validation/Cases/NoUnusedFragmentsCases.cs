namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its NoUnusedFragmentsRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class NoUnusedFragmentsCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "all fragment names are used",
            ValidationSchemas.TestSchema,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """),
        new(
            "all fragment names are used by multiple operations",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """),
        new(
            "contains unknown fragments",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """,
            new ExpectedError("Fragment \"Unused1\" is never used.", (21, 1)),
            new ExpectedError("Fragment \"Unused2\" is never used.", (24, 1))),
        new(
            "contains unknown fragments with ref cycle",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            new ExpectedError("Fragment \"Unused1\" is never used.", (21, 1)),
            new ExpectedError("Fragment \"Unused2\" is never used.", (25, 1))),
        new(
            "contains unknown and undef fragments",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            new ExpectedError("Fragment \"foo\" is never used.", (6, 1))),
    ];
}
