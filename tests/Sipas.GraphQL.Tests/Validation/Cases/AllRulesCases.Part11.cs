namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part11 =
    [
        new(
            "ValuesOfCorrectType: Invalid Int values: Simple Float into Int",
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
            "ValuesOfCorrectType: Invalid Int values: Float into Int",
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
            "ValuesOfCorrectType: Invalid Float values: String into Float",
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
            "ValuesOfCorrectType: Invalid Float values: Boolean into Float",
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
            "ValuesOfCorrectType: Invalid Float values: Unquoted into Float",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """,
            new ExpectedError("Float cannot represent non numeric value: FOO", (3, 29))),
        new(
            "ValuesOfCorrectType: Invalid Boolean value: Int into Boolean",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 2)
              }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: 2", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Boolean value: Float into Boolean",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 1.0)
              }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: 1.0", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Boolean value: String into Boolean",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: "true")
              }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: \"true\"", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Boolean value: Unquoted into Boolean",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: TRUE)
              }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: TRUE", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid ID value: Float into ID",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """,
            new ExpectedError("ID cannot represent a non-string and non-integer value: 1.0", (3, 23))),
        new(
            "ValuesOfCorrectType: Invalid ID value: Boolean into ID",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """,
            new ExpectedError("ID cannot represent a non-string and non-integer value: true", (3, 23))),
        new(
            "ValuesOfCorrectType: Invalid ID value: Unquoted into ID",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                idArgField(idArg: SOMETHING)
              }
            }
            """,
            new ExpectedError("ID cannot represent a non-string and non-integer value: SOMETHING", (3, 23))),
        new(
            "ValuesOfCorrectType: Invalid Enum value: Int into Enum",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: 2)
              }
            }
            """,
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Enum value: Float into Enum",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: 1.0)
              }
            }
            """,
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Enum value: String into Enum",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """,
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Enum value: Boolean into Enum",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: true)
              }
            }
            """,
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: true.", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Enum value: Unknown Enum Value into Enum",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """,
            new ExpectedError("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (3, 33))),
        new(
            "ValuesOfCorrectType: Invalid Enum value: Different case Enum Value into Enum",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """,
            new ExpectedError("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (3, 33))),
        new(
            "ValuesOfCorrectType: Valid List value: Good list value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", null, "two"])
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid List value: Empty list value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [])
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid List value: Null value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: null)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid List value: Single value into List",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Invalid List value: Incorrect item type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 2", (3, 47))),
        new(
            "ValuesOfCorrectType: Invalid List value: Single value of incorrect type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 1", (3, 39))),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: Arg on optional arg",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: No Arg on optional arg",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                isHouseTrained
              }
            }
            """),
    ];
}
