namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its NoUnusedVariablesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class NoUnusedVariablesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "uses all variables",
            ValidationSchemas.TestSchema,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """),
        new(
            "uses all variables deeply",
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
            "uses all variables deeply in inline fragments",
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
            "uses all variables in fragments",
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
            "variable used by fragment in multiple operations",
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
            "variable used by recursive fragment",
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
            "variable not used",
            ValidationSchemas.TestSchema,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            new ExpectedError("Variable \"$c\" is never used.", (1, 32))),
        new(
            "multiple variables not used",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35))),
        new(
            "variable not used in fragments",
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
              field
            }
            """,
            new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35))),
        new(
            "multiple variables not used in fragments",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35))),
        new(
            "variable not used by unreferenced fragment",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11))),
        new(
            "variable not used by fragment used by other operation",
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
            new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Variable \"$a\" is never used in operation \"Bar\".", (4, 11))),
    ];
}
