namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its ScalarLeafsRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class ScalarLeafsCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "valid scalar selection",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelection on Dog {
              barks
            }
            """),
        new(
            "object type missing selection",
            ValidationSchemas.TestSchema,
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3))),
        new(
            "interface type missing selection",
            ValidationSchemas.TestSchema,
            """
            {
              human { pets }
            }
            """,
            new ExpectedError("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11))),
        new(
            "valid scalar selection with args",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """),
        new(
            "scalar selection not allowed on Boolean",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            new ExpectedError("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9))),
        new(
            "scalar selection not allowed on Enum",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            new ExpectedError("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12))),
        new(
            "scalar selection not allowed with args",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """,
            new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 36))),
        new(
            "Scalar selection not allowed with directives",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """,
            new ExpectedError("Field \"name\" must not have a selection since type \"String\" has no subfields.", (2, 27))),
        new(
            "Scalar selection not allowed with directives and args",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """,
            new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55))),
    ];
}
