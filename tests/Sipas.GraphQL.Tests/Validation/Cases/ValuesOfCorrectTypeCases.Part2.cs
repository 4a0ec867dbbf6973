namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its ValuesOfCorrectTypeRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class ValuesOfCorrectTypeCases
{
    private static readonly ValidationCase[] Part2 =
    [
        new(
            "Invalid Boolean value: Int into Boolean",
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
            "Invalid Boolean value: Float into Boolean",
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
            "Invalid Boolean value: String into Boolean",
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
            "Invalid Boolean value: Unquoted into Boolean",
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
            "Invalid ID value: Float into ID",
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
            "Invalid ID value: Boolean into ID",
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
            "Invalid ID value: Unquoted into ID",
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
            "Invalid Enum value: Int into Enum",
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
            "Invalid Enum value: Float into Enum",
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
            "Invalid Enum value: String into Enum",
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
            "Invalid Enum value: Boolean into Enum",
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
            "Invalid Enum value: Unknown Enum Value into Enum",
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
            "Invalid Enum value: Different case Enum Value into Enum",
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
            "Valid List value: Good list value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", null, "two"])
              }
            }
            """),
        new(
            "Valid List value: Empty list value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [])
              }
            }
            """),
        new(
            "Valid List value: Null value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: null)
              }
            }
            """),
        new(
            "Valid List value: Single value into List",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
              }
            }
            """),
        new(
            "Invalid List value: Incorrect item type",
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
            "Invalid List value: Single value of incorrect type",
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
            "Valid non-nullable value: Arg on optional arg",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """),
        new(
            "Valid non-nullable value: No Arg on optional arg",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                isHouseTrained
              }
            }
            """),
        new(
            "Valid non-nullable value: Multiple args",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """),
        new(
            "Valid non-nullable value: Multiple args reverse order",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """),
        new(
            "Valid non-nullable value: No args on multiple optional",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts
              }
            }
            """),
        new(
            "Valid non-nullable value: One arg on multiple optional",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts(opt1: 1)
              }
            }
            """),
        new(
            "Valid non-nullable value: Second arg on multiple optional",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts(opt2: 1)
              }
            }
            """),
    ];
}
