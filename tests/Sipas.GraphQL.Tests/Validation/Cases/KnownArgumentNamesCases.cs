namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its KnownArgumentNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class KnownArgumentNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "single arg is known",
            ValidationSchemas.TestSchema,
            """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """),
        new(
            "multiple args are known",
            ValidationSchemas.TestSchema,
            """
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """),
        new(
            "ignores args of unknown fields",
            ValidationSchemas.TestSchema,
            """
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """),
        new(
            "multiple args in reverse order are known",
            ValidationSchemas.TestSchema,
            """
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """),
        new(
            "no args on optional arg",
            ValidationSchemas.TestSchema,
            """
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """),
        new(
            "args are known deeply",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pet {
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """),
        new(
            "directive args are known",
            ValidationSchemas.TestSchema,
            """
            {
              dog @skip(if: true)
            }
            """),
        new(
            "field args are invalid",
            ValidationSchemas.TestSchema,
            """
            {
              dog @skip(unless: true)
            }
            """,
            new ExpectedError("Unknown argument \"unless\" on directive \"@skip\".", (2, 13))),
        new(
            "directive without args is valid",
            ValidationSchemas.TestSchema,
            """
            {
              dog @onField
            }
            """),
        new(
            "arg passed to directive without arg is reported",
            ValidationSchemas.TestSchema,
            """
            {
              dog @onField(if: true)
            }
            """,
            new ExpectedError("Unknown argument \"if\" on directive \"@onField\".", (2, 16))),
        new(
            "misspelled directive args are reported",
            ValidationSchemas.TestSchema,
            """
            {
              dog @skip(iff: true)
            }
            """,
            new ExpectedError("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13))),
        new(
            "invalid arg name",
            ValidationSchemas.TestSchema,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19))),
        new(
            "misspelled arg name is reported",
            ValidationSchemas.TestSchema,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
            new ExpectedError("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19))),
        new(
            "unknown args amongst known args",
            ValidationSchemas.TestSchema,
            """
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """,
            new ExpectedError("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49))),
        new(
            "unknown args deeply",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pet {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """,
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25))),
    ];
}
