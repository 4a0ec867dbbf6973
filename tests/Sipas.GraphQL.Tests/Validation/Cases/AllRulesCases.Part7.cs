namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part7 =
    [
        new(
            "NoUndefinedVariables: variable within single fragment defined in multiple operations",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 19))),
        new(
            "NoUndefinedVariables: variable within fragments defined in operations",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($b: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (10, 19))),
        new(
            "NoUndefinedVariables: variable within recursive fragment defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"FragA\" within itself.", (6, 5)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19))),
        new(
            "NoUndefinedVariables: variable not defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1))),
        new(
            "NoUndefinedVariables: variable not defined by un-named query",
            ValidationSchemas.TestSchema,
            """
            {
              field(a: $a)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Variable \"$a\" is not defined.", (2, 12), (1, 1))),
        new(
            "NoUndefinedVariables: multiple variables not defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1))),
        new(
            "NoUndefinedVariables: variable in fragment not defined by un-named query",
            ValidationSchemas.TestSchema,
            """
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined.", (5, 12), (1, 1)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19))),
        new(
            "NoUndefinedVariables: variable in fragment not defined by operation",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String) {
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
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (9, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (14, 19))),
        new(
            "NoUndefinedVariables: multiple variables in fragments not defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
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
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (5, 12), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (9, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (14, 19))),
        new(
            "NoUndefinedVariables: single variable in fragment not defined by multiple operations",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """,
            new ExpectedError("Variable \"$b\" is not defined by operation \"Foo\".", (8, 19), (1, 1)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 20))),
        new(
            "NoUndefinedVariables: variables in fragment not defined by multiple operations",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 20))),
        new(
            "NoUndefinedVariables: variable in fragment used by other operation",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
            new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (11, 12), (4, 1)),
            new ExpectedError("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (10, 19))),
        new(
            "NoUndefinedVariables: multiple undefined variables produce multiple errors",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (8, 13), (1, 1)),
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (10, 13), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (13, 13), (1, 1)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (8, 20), (4, 1)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (10, 20), (4, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Bar\".", (13, 13), (4, 1)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 20)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (12, 19))),
        new(
            "NoUnusedVariables: uses all variables",
            ValidationSchemas.TestSchema,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "NoUnusedVariables: variable not used",
            ValidationSchemas.TestSchema,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Variable \"$c\" is never used.", (1, 32))),
        new(
            "NoUnusedVariables: multiple variables not used",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35))),
    ];
}
