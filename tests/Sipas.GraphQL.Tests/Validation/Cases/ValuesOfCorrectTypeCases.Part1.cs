namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its ValuesOfCorrectTypeRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class ValuesOfCorrectTypeCases
{
    public static ValidationCase[] All => [.. Part1, .. Part2, .. Part3, .. Part4];

    private static readonly ValidationCase[] Part1 =
    [
        new(
            "Valid values: Good int value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """),
        new(
            "Valid values: Good negative int value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """),
        new(
            "Valid values: Good boolean value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """),
        new(
            "Valid values: Good string value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """),
        new(
            "Valid values: Good float value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1.1)
              }
            }
            """),
        new(
            "Valid values: Good negative float value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: -1.1)
              }
            }
            """),
        new(
            "Valid values: Int into Float",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1)
              }
            }
            """),
        new(
            "Valid values: Int into ID",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: 1)
              }
            }
            """),
        new(
            "Valid values: String into ID",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: "someIdString")
              }
            }
            """),
        new(
            "Valid values: Good enum value",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """),
        new(
            "Valid values: Enum with undefined value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: UNKNOWN)
              }
            }
            """),
        new(
            "Valid values: Enum with null value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: NO_FUR)
              }
            }
            """),
        new(
            "Valid values: null into nullable type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
            }
            """),
        new(
            "Valid values: null into nullable type (2)",
            ValidationSchemas.TestSchema,
            """
            {
              dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
                name
              }
            }
            """),
        new(
            "Invalid String values: Int into String",
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
            "Invalid String values: Float into String",
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
            "Invalid String values: Boolean into String",
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
            "Invalid String values: Unquoted String into String",
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
            "Invalid Int values: String into Int",
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
            "Invalid Int values: Big Int into Int",
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
            "Invalid Int values: Unquoted String into Int",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: FOO", (3, 25))),
        new(
            "Invalid Int values: Simple Float into Int",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: 3.0", (3, 25))),
        new(
            "Invalid Int values: Float into Int",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.333)
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: 3.333", (3, 25))),
        new(
            "Invalid Float values: String into Float",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """,
            new ExpectedError("Float cannot represent non numeric value: \"3.333\"", (3, 29))),
        new(
            "Invalid Float values: Boolean into Float",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: true)
              }
            }
            """,
            new ExpectedError("Float cannot represent non numeric value: true", (3, 29))),
        new(
            "Invalid Float values: Unquoted into Float",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """,
            new ExpectedError("Float cannot represent non numeric value: FOO", (3, 29))),
    ];
}
