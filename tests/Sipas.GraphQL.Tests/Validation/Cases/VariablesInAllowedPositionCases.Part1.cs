namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its VariablesInAllowedPositionRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class VariablesInAllowedPositionCases
{
    public static ValidationCase[] All => [.. Part1, .. Part2];

    private static readonly ValidationCase[] Part1 =
    [
        new(
            "Boolean => Boolean",
            ValidationSchemas.TestSchema,
            """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """),
        new(
            "Boolean => Boolean within fragment",
            ValidationSchemas.TestSchema,
            """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """),
        new(
            "Boolean => Boolean within fragment (2)",
            ValidationSchemas.TestSchema,
            """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            """),
        new(
            "Boolean! => Boolean",
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
            "Boolean! => Boolean within fragment",
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
            "[String] => [String]",
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
            "[String!] => [String]",
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
            "String => [String] in item position",
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
            "String! => [String] in item position",
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
            "ComplexInput => ComplexInput",
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
            "ComplexInput => ComplexInput in field position",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: {requiredArg: $boolVar})
              }
            }
            """),
        new(
            "Boolean! => Boolean! in directive",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar)
            }
            """),
        new(
            "Int => Int!",
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
            "Int => Int! within fragment",
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
            "Int => Int! within nested fragment",
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
            "String over Boolean",
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
            "String => [String]",
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
            "Boolean => Boolean! in directive",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """,
            new ExpectedError("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20))),
        new(
            "String => Boolean! in directive",
            ValidationSchemas.TestSchema,
            """
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """,
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20))),
        new(
            "[String] => [String!]",
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
            "Allows optional (nullable) variables with default values: Int => Int! fails when variable provides null default value",
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
            "Allows optional (nullable) variables with default values: Int => Int! when variable provides non-null default value",
            ValidationSchemas.TestSchema,
            """
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """),
        new(
            "Allows optional (nullable) variables with default values: Int => Int! when optional argument provides default value",
            ValidationSchemas.TestSchema,
            """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(nonNullIntArg: $intVar)
              }
            }
            """),
        new(
            "Allows optional (nullable) variables with default values: Boolean => Boolean! in directive with default value with option",
            ValidationSchemas.TestSchema,
            """
            query Query($boolVar: Boolean = false) {
              dog @include(if: $boolVar)
            }
            """),
    ];
}
