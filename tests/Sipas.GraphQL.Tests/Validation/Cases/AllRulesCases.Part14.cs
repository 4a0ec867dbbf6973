namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part14 =
    [
        new(
            "VariablesInAllowedPosition: Boolean! => Boolean",
            ValidationSchemas.TestSchema,
            """
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: Boolean! => Boolean within fragment",
            ValidationSchemas.TestSchema,
            """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $nonNullBooleanArg)
            }

            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: [String] => [String]",
            ValidationSchemas.TestSchema,
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: [String!] => [String]",
            ValidationSchemas.TestSchema,
            """
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: String => [String] in item position",
            ValidationSchemas.TestSchema,
            """
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: String! => [String] in item position",
            ValidationSchemas.TestSchema,
            """
            query Query($stringVar: String!)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: ComplexInput => ComplexInput",
            ValidationSchemas.TestSchema,
            """
            query Query($complexVar: ComplexInput)
            {
              complicatedArgs {
                complexArgField(complexArg: $complexVar)
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: ComplexInput => ComplexInput in field position",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: {requiredArg: $boolVar})
              }
            }
            """,
            new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (4, 33)),
            new ExpectedError("Field \"requiredArg\" is not defined by type \"ComplexInput\". Did you mean \"requiredField\"?", (4, 34))),
        new(
            "VariablesInAllowedPosition: Boolean! => Boolean! in directive",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (3, 3))),
        new(
            "VariablesInAllowedPosition: Int => Int!",
            ValidationSchemas.TestSchema,
            """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39))),
        new(
            "VariablesInAllowedPosition: Int => Int! within fragment",
            ValidationSchemas.TestSchema,
            """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37))),
        new(
            "VariablesInAllowedPosition: Int => Int! within nested fragment",
            ValidationSchemas.TestSchema,
            """
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }

            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (9, 13), (6, 37))),
        new(
            "VariablesInAllowedPosition: String over Boolean",
            ValidationSchemas.TestSchema,
            """
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """,
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33))),
        new(
            "VariablesInAllowedPosition: String => [String]",
            ValidationSchemas.TestSchema,
            """
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """,
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39))),
        new(
            "VariablesInAllowedPosition: Boolean => Boolean! in directive",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3)),
            new ExpectedError("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20))),
        new(
            "VariablesInAllowedPosition: String => Boolean! in directive",
            ValidationSchemas.TestSchema,
            """
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3)),
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20))),
        new(
            "VariablesInAllowedPosition: [String] => [String!]",
            ValidationSchemas.TestSchema,
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """,
            new ExpectedError("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53))),
        new(
            "VariablesInAllowedPosition: Allows optional (nullable) variables with default values: Int => Int! fails when variable provides null default value",
            ValidationSchemas.TestSchema,
            """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            new ExpectedError("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39))),
        new(
            "VariablesInAllowedPosition: Allows optional (nullable) variables with default values: Int => Int! when variable provides non-null default value",
            ValidationSchemas.TestSchema,
            """
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """),
        new(
            "VariablesInAllowedPosition: Allows optional (nullable) variables with default values: Int => Int! when optional argument provides default value",
            ValidationSchemas.TestSchema,
            """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(nonNullIntArg: $intVar)
              }
            }
            """,
            new ExpectedError("Unknown argument \"nonNullIntArg\" on field \"ComplicatedArgs.nonNullFieldWithDefault\".", (3, 29))),
        new(
            "VariablesInAllowedPosition: Allows optional (nullable) variables with default values: Boolean => Boolean! in directive with default value with option",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean = false) {
              dog @include(if: $boolVar)
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3))),
        new(
            "OverlappingFieldsCanBeMerged: unique fields",
            ValidationSchemas.TestSchema,
            """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """,
            new ExpectedError("Fragment \"uniqueFields\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: identical fields",
            ValidationSchemas.TestSchema,
            """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """,
            new ExpectedError("Fragment \"mergeIdenticalFields\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: identical fields with identical args",
            ValidationSchemas.TestSchema,
            """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """,
            new ExpectedError("Fragment \"mergeIdenticalFieldsWithIdenticalArgs\" is never used.", (1, 1))),
    ];
}
