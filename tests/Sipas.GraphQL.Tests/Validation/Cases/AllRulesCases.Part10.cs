namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part10 =
    [
        new(
            "UniqueArgumentNames: multiple directive arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg1: "value", arg2: "value", arg3: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown directive \"@directive\".", (2, 9))),
        new(
            "UniqueArgumentNames: duplicate field arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24))),
        new(
            "UniqueArgumentNames: many duplicate field arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39))),
        new(
            "UniqueArgumentNames: duplicate directive arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown directive \"@directive\".", (2, 9)),
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 20), (2, 35))),
        new(
            "UniqueArgumentNames: many duplicate directive arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown directive \"@directive\".", (2, 9)),
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50))),
        new(
            "ValuesOfCorrectType: Valid values: Good int value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Good negative int value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Good boolean value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Good string value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Good float value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1.1)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Good negative float value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: -1.1)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Int into Float",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Int into ID",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: 1)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: String into ID",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: "someIdString")
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Good enum value",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Enum with undefined value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: UNKNOWN)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: Enum with null value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: NO_FUR)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: null into nullable type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid values: null into nullable type (2)",
            ValidationSchemas.TestSchema,
            """
            {
              dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
                name
              }
            }
            """,
            new ExpectedError("Unknown argument \"a\" on field \"QueryRoot.dog\".", (2, 7)),
            new ExpectedError("Unknown argument \"b\" on field \"QueryRoot.dog\".", (2, 16)),
            new ExpectedError("Unknown argument \"c\" on field \"QueryRoot.dog\".", (2, 25))),
        new(
            "ValuesOfCorrectType: Invalid String values: Int into String",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 1", (3, 31))),
        new(
            "ValuesOfCorrectType: Invalid String values: Float into String",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 1.0", (3, 31))),
        new(
            "ValuesOfCorrectType: Invalid String values: Boolean into String",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: true", (3, 31))),
        new(
            "ValuesOfCorrectType: Invalid String values: Unquoted String into String",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: BAR", (3, 31))),
        new(
            "ValuesOfCorrectType: Invalid Int values: String into Int",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"3\"", (3, 25))),
        new(
            "ValuesOfCorrectType: Invalid Int values: Big Int into Int",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """,
            new ExpectedError("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25))),
        new(
            "ValuesOfCorrectType: Invalid Int values: Unquoted String into Int",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: FOO", (3, 25))),
    ];
}
