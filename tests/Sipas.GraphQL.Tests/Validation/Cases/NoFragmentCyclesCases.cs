namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its NoFragmentCyclesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class NoFragmentCyclesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "single reference is valid",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """),
        new(
            "spreading twice is not circular",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """),
        new(
            "spreading twice indirectly is not circular",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """),
        new(
            "double spread within abstract types",
            ValidationSchemas.TestSchema,
            """
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }

            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """),
        new(
            "does not false positive on unknown fragment",
            ValidationSchemas.TestSchema,
            """
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """),
        new(
            "spreading recursively within field fails",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Human { relatives { ...fragA } },
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (1, 39))),
        new(
            "no spreading itself directly",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (1, 25))),
        new(
            "no spreading itself directly within inline fragment",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (3, 5))),
        new(
            "no spreading itself indirectly",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25))),
        new(
            "no spreading itself indirectly reports opposite order",
            ValidationSchemas.TestSchema,
            """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25))),
        new(
            "no spreading itself indirectly within inline fragment",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragB
              }
            }
            fragment fragB on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (3, 5), (8, 5))),
        new(
            "no spreading itself deeply",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            new ExpectedError("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25))),
        new(
            "no spreading itself deeply two paths",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25))),
        new(
            "no spreading itself deeply two paths -- alt traverse order",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
            new ExpectedError("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25))),
        new(
            "no spreading itself deeply and immediately",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35))),
    ];
}
