namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its NoUndefinedVariablesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class NoUndefinedVariablesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "all variables defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """),
        new(
            "all variables deeply defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """),
        new(
            "all variables deeply in inline fragments defined",
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
            """),
        new(
            "all variables in fragments deeply defined",
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
            """),
        new(
            "variable within single fragment defined in multiple operations",
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
            """),
        new(
            "variable within fragments defined in operations",
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
            """),
        new(
            "variable within recursive fragment defined",
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
            """),
        new(
            "variable not defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            new ExpectedError("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1))),
        new(
            "variable not defined by un-named query",
            ValidationSchemas.TestSchema,
            """
            {
              field(a: $a)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined.", (2, 12), (1, 1))),
        new(
            "multiple variables not defined",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1))),
        new(
            "variable in fragment not defined by un-named query",
            ValidationSchemas.TestSchema,
            """
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined.", (5, 12), (1, 1))),
        new(
            "variable in fragment not defined by operation",
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
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1))),
        new(
            "multiple variables in fragments not defined",
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
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1))),
        new(
            "single variable in fragment not defined by multiple operations",
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
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1))),
        new(
            "variables in fragment not defined by multiple operations",
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
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1))),
        new(
            "variable in fragment used by other operation",
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
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (11, 12), (4, 1))),
        new(
            "multiple undefined variables produce multiple errors",
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
            new ExpectedError("Variable \"$c\" is not defined by operation \"Bar\".", (13, 13), (4, 1))),
    ];
}
