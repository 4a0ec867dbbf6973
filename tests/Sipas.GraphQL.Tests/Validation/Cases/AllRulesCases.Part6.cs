namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part6 =
    [
        new(
            "NoFragmentCycles: single reference is valid",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """,
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1))),
        new(
            "NoFragmentCycles: spreading twice is not circular",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """,
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1))),
        new(
            "NoFragmentCycles: spreading twice indirectly is not circular",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """,
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"fragC\" is never used.", (3, 1))),
        new(
            "NoFragmentCycles: double spread within abstract types",
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
            """,
            new ExpectedError("Fragment \"nameFragment\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"spreadsInAnon\" is never used.", (6, 1))),
        new(
            "NoFragmentCycles: does not false positive on unknown fragment",
            ValidationSchemas.TestSchema,
            """
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """,
            new ExpectedError("Unknown fragment \"UnknownFragment\".", (2, 6)),
            new ExpectedError("Fragment \"nameFragment\" is never used.", (1, 1))),
        new(
            "NoFragmentCycles: spreading recursively within field fails",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Human { relatives { ...fragA } },
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (1, 39)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1))),
        new(
            "NoFragmentCycles: no spreading itself directly",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (1, 25)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1))),
        new(
            "NoFragmentCycles: no spreading itself directly within inline fragment",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (3, 5)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1))),
        new(
            "NoFragmentCycles: no spreading itself indirectly",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1))),
        new(
            "NoFragmentCycles: no spreading itself indirectly reports opposite order",
            ValidationSchemas.TestSchema,
            """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25)),
            new ExpectedError("Fragment \"fragB\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragA\" is never used.", (2, 1))),
        new(
            "NoFragmentCycles: no spreading itself indirectly within inline fragment",
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
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (3, 5), (8, 5)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (6, 1))),
        new(
            "NoFragmentCycles: no spreading itself deeply",
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
            new ExpectedError("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"fragC\" is never used.", (3, 1)),
            new ExpectedError("Fragment \"fragX\" is never used.", (4, 1)),
            new ExpectedError("Fragment \"fragY\" is never used.", (5, 1)),
            new ExpectedError("Fragment \"fragZ\" is never used.", (6, 1)),
            new ExpectedError("Fragment \"fragO\" is never used.", (7, 1)),
            new ExpectedError("Fragment \"fragP\" is never used.", (8, 1))),
        new(
            "NoFragmentCycles: no spreading itself deeply two paths",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"fragC\" is never used.", (3, 1))),
        new(
            "NoFragmentCycles: no spreading itself deeply two paths -- alt traverse order",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
            new ExpectedError("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"fragC\" is never used.", (3, 1))),
        new(
            "NoFragmentCycles: no spreading itself deeply and immediately",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragB\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"fragC\" is never used.", (3, 1))),
        new(
            "UniqueVariableNames: unique variable names",
            ValidationSchemas.TestSchema,
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """,
            new ExpectedError("Variable \"$x\" is never used in operation \"A\".", (1, 9)),
            new ExpectedError("Variable \"$y\" is never used in operation \"A\".", (1, 18)),
            new ExpectedError("Variable \"$x\" is never used in operation \"B\".", (2, 9)),
            new ExpectedError("Variable \"$y\" is never used in operation \"B\".", (2, 21))),
        new(
            "UniqueVariableNames: duplicate variable names",
            ValidationSchemas.TestSchema,
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            new ExpectedError("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            new ExpectedError("Variable \"$x\" is never used in operation \"A\".", (1, 9)),
            new ExpectedError("Variable \"$x\" is never used in operation \"A\".", (1, 18)),
            new ExpectedError("Variable \"$x\" is never used in operation \"A\".", (1, 27)),
            new ExpectedError("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            new ExpectedError("Variable \"$x\" is never used in operation \"B\".", (2, 9)),
            new ExpectedError("Variable \"$x\" is never used in operation \"B\".", (2, 21)),
            new ExpectedError("There can be only one variable named \"$x\".", (3, 10), (3, 19)),
            new ExpectedError("Variable \"$x\" is never used in operation \"C\".", (3, 9)),
            new ExpectedError("Variable \"$x\" is never used in operation \"C\".", (3, 18))),
        new(
            "NoUndefinedVariables: all variables defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "NoUndefinedVariables: all variables deeply defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "NoUndefinedVariables: all variables deeply in inline fragments defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ... on Type {
                field(a: $a) {
                  field(b: $b) {
                    ... on Type {
                      field(c: $c)
                    }
                  }
                }
              }
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (2, 10)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (5, 16))),
        new(
            "NoUndefinedVariables: all variables in fragments deeply defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (9, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (14, 19))),
    ];
}
