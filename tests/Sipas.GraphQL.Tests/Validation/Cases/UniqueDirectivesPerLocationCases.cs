namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its UniqueDirectivesPerLocationRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class UniqueDirectivesPerLocationCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "no directives",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field
            }
            """),
        new(
            "unique directives in different locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directiveA {
              field @directiveB
            }
            """),
        new(
            "unique directives in same locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directiveA @directiveB {
              field @directiveA @directiveB
            }
            """),
        new(
            "same directives in different locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directiveA {
              field @directiveA
            }
            """),
        new(
            "same directives in similar locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directive
              field @directive
            }
            """),
        new(
            "repeatable directives in same location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """),
        new(
            "unknown directives must be ignored",
            ValidationSchemas.Schema7,
            """
            type Test @unknown @unknown {
              field: String! @unknown @unknown
            }

            extend type Test @unknown {
              anotherField: String!
            }
            """),
        new(
            "duplicate directives in one location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directive @directive
            }
            """,
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20))),
        new(
            "many duplicate directives in one location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directive @directive @directive
            }
            """,
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)),
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 31))),
        new(
            "different duplicate directives in one location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directiveA @directiveB @directiveA @directiveB
            }
            """,
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (2, 9), (2, 33)),
            new ExpectedError("The directive \"@directiveB\" can only be used once at this location.", (2, 21), (2, 45))),
        new(
            "duplicate directives in many locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directive @directive {
              field @directive @directive
            }
            """,
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (1, 23), (1, 34)),
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20))),
    ];
}
