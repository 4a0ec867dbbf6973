namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its UniqueArgumentNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class UniqueArgumentNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "no arguments on field",
            ValidationSchemas.TestSchema,
            """
            {
              field
            }
            """),
        new(
            "no arguments on directive",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive
            }
            """),
        new(
            "argument on field",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: "value")
            }
            """),
        new(
            "argument on directive",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg: "value")
            }
            """),
        new(
            "same argument on two fields",
            ValidationSchemas.TestSchema,
            """
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """),
        new(
            "same argument on field and directive",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: "value") @directive(arg: "value")
            }
            """),
        new(
            "same argument on two directives",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive1(arg: "value") @directive2(arg: "value")
            }
            """),
        new(
            "multiple field arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """),
        new(
            "multiple directive arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg1: "value", arg2: "value", arg3: "value")
            }
            """),
        new(
            "duplicate field arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24))),
        new(
            "many duplicate field arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39))),
        new(
            "duplicate directive arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 20), (2, 35))),
        new(
            "many duplicate directive arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50))),
    ];
}
