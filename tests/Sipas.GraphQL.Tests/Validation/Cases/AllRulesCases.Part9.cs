namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part9 =
    [
        new(
            "UniqueDirectivesPerLocation: many duplicate directives in one location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directive @directive @directive
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)),
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 31)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: different duplicate directives in one location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directiveA @directiveB @directiveA @directiveB
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (2, 9), (2, 33)),
            new ExpectedError("The directive \"@directiveB\" can only be used once at this location.", (2, 21), (2, 45)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: duplicate directives in many locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directive @directive {
              field @directive @directive
            }
            """,
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (1, 23), (1, 34)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: single arg is known",
            ValidationSchemas.TestSchema,
            """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """,
            new ExpectedError("Fragment \"argOnRequiredArg\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: multiple args are known",
            ValidationSchemas.TestSchema,
            """
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """,
            new ExpectedError("Fragment \"multipleArgs\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: ignores args of unknown fields",
            ValidationSchemas.TestSchema,
            """
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """,
            new ExpectedError("Cannot query field \"unknownField\" on type \"Dog\".", (2, 3)),
            new ExpectedError("Fragment \"argOnUnknownField\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: multiple args in reverse order are known",
            ValidationSchemas.TestSchema,
            """
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """,
            new ExpectedError("Fragment \"multipleArgsReverseOrder\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: no args on optional arg",
            ValidationSchemas.TestSchema,
            """
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """,
            new ExpectedError("Fragment \"noArgOnOptionalArg\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: args are known deeply",
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
            """,
            new ExpectedError("Cannot query field \"pet\" on type \"Human\". Did you mean \"pets\"?", (6, 5))),
        new(
            "KnownArgumentNames: directive args are known",
            ValidationSchemas.TestSchema,
            """
            {
              dog @skip(if: true)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3))),
        new(
            "KnownArgumentNames: field args are invalid",
            ValidationSchemas.TestSchema,
            """
            {
              dog @skip(unless: true)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3)),
            new ExpectedError("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7))),
        new(
            "KnownArgumentNames: directive without args is valid",
            ValidationSchemas.TestSchema,
            """
            {
              dog @onField
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3))),
        new(
            "KnownArgumentNames: arg passed to directive without arg is reported",
            ValidationSchemas.TestSchema,
            """
            {
              dog @onField(if: true)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3)),
            new ExpectedError("Unknown argument \"if\" on directive \"@onField\".", (2, 16))),
        new(
            "KnownArgumentNames: misspelled directive args are reported",
            ValidationSchemas.TestSchema,
            """
            {
              dog @skip(iff: true)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3)),
            new ExpectedError("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7))),
        new(
            "KnownArgumentNames: invalid arg name",
            ValidationSchemas.TestSchema,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)),
            new ExpectedError("Fragment \"invalidArgName\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: misspelled arg name is reported",
            ValidationSchemas.TestSchema,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
            new ExpectedError("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)),
            new ExpectedError("Fragment \"invalidArgName\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: unknown args amongst known args",
            ValidationSchemas.TestSchema,
            """
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """,
            new ExpectedError("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)),
            new ExpectedError("Fragment \"oneGoodArgOneInvalidArg\" is never used.", (1, 1))),
        new(
            "KnownArgumentNames: unknown args deeply",
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
            new ExpectedError("Cannot query field \"pet\" on type \"Human\". Did you mean \"pets\"?", (6, 5)),
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25))),
        new(
            "UniqueArgumentNames: no arguments on directive",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown directive \"@directive\".", (2, 9))),
        new(
            "UniqueArgumentNames: argument on field",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "UniqueArgumentNames: argument on directive",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive(arg: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown directive \"@directive\".", (2, 9))),
        new(
            "UniqueArgumentNames: same argument on two fields",
            ValidationSchemas.TestSchema,
            """
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (3, 3))),
        new(
            "UniqueArgumentNames: same argument on field and directive",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: "value") @directive(arg: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown directive \"@directive\".", (2, 23))),
        new(
            "UniqueArgumentNames: same argument on two directives",
            ValidationSchemas.TestSchema,
            """
            {
              field @directive1(arg: "value") @directive2(arg: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown directive \"@directive1\".", (2, 9)),
            new ExpectedError("Unknown directive \"@directive2\".", (2, 35))),
        new(
            "UniqueArgumentNames: multiple field arguments",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
    ];
}
