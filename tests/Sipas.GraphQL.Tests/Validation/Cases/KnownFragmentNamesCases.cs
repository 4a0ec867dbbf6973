namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its KnownFragmentNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class KnownFragmentNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "known fragment names are valid",
            ValidationSchemas.TestSchema,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
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
            "unknown fragment names are invalid",
            ValidationSchemas.TestSchema,
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            new ExpectedError("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            new ExpectedError("Unknown fragment \"UnknownFragment2\".", (5, 10)),
            new ExpectedError("Unknown fragment \"UnknownFragment3\".", (11, 6))),
    ];
}
