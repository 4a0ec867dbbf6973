namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part13 =
    [
        new(
            "ValuesOfCorrectType: Invalid oneOf input object value: Invalid field type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: 2 })
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 2", (3, 44))),
        new(
            "ValuesOfCorrectType: Invalid oneOf input object value: Exactly one null field",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """,
            new ExpectedError("Field \"OneOfInput.stringField\" must be non-null.", (3, 29))),
        new(
            "ValuesOfCorrectType: Invalid oneOf input object value: Exactly one nullable variable",
            ValidationSchemas.TestSchema,
            """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            new ExpectedError("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 8), (3, 44))),
        new(
            "ValuesOfCorrectType: Invalid oneOf input object value: More than one field",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """,
            new ExpectedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29))),
        new(
            "ValuesOfCorrectType: Directive arguments: with directives of valid types",
            ValidationSchemas.TestSchema,
            """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Directive arguments: with directive with incorrect types",
            ValidationSchemas.TestSchema,
            """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
            new ExpectedError("Boolean cannot represent a non boolean value: ENUM", (3, 20))),
        new(
            "ValuesOfCorrectType: Variable default values: variables with valid default values",
            ValidationSchemas.TestSchema,
            """
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
            ) {
              dog { name }
            }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"WithDefaultValues\".", (2, 3)),
            new ExpectedError("Variable \"$b\" is never used in operation \"WithDefaultValues\".", (3, 3)),
            new ExpectedError("Variable \"$c\" is never used in operation \"WithDefaultValues\".", (4, 3)),
            new ExpectedError("Variable \"$d\" is never used in operation \"WithDefaultValues\".", (5, 3))),
        new(
            "ValuesOfCorrectType: Variable default values: variables with valid default null values",
            ValidationSchemas.TestSchema,
            """
            query WithDefaultValues(
              $a: Int = null,
              $b: String = null,
              $c: ComplexInput = { requiredField: true, intField: null }
            ) {
              dog { name }
            }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"WithDefaultValues\".", (2, 3)),
            new ExpectedError("Variable \"$b\" is never used in operation \"WithDefaultValues\".", (3, 3)),
            new ExpectedError("Variable \"$c\" is never used in operation \"WithDefaultValues\".", (4, 3))),
        new(
            "ValuesOfCorrectType: Variable default values: variables with invalid default null values",
            ValidationSchemas.TestSchema,
            """
            query WithDefaultValues(
              $a: Int! = null,
              $b: String! = null,
              $c: ComplexInput = { requiredField: null, intField: null }
            ) {
              dog { name }
            }
            """,
            new ExpectedError("Expected value of type \"Int!\", found null.", (2, 14)),
            new ExpectedError("Expected value of type \"String!\", found null.", (3, 17)),
            new ExpectedError("Expected value of type \"Boolean!\", found null.", (4, 39)),
            new ExpectedError("Variable \"$a\" is never used in operation \"WithDefaultValues\".", (2, 3)),
            new ExpectedError("Variable \"$b\" is never used in operation \"WithDefaultValues\".", (3, 3)),
            new ExpectedError("Variable \"$c\" is never used in operation \"WithDefaultValues\".", (4, 3))),
        new(
            "ValuesOfCorrectType: Variable default values: variables with invalid default values",
            ValidationSchemas.TestSchema,
            """
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
            ) {
              dog { name }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"one\"", (2, 13)),
            new ExpectedError("String cannot represent a non string value: 4", (3, 16)),
            new ExpectedError("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22)),
            new ExpectedError("Variable \"$a\" is never used in operation \"InvalidDefaultValues\".", (2, 3)),
            new ExpectedError("Variable \"$b\" is never used in operation \"InvalidDefaultValues\".", (3, 3)),
            new ExpectedError("Variable \"$c\" is never used in operation \"InvalidDefaultValues\".", (4, 3))),
        new(
            "ValuesOfCorrectType: Variable default values: variables with complex invalid default values",
            ValidationSchemas.TestSchema,
            """
            query WithDefaultValues(
              $a: ComplexInput = { requiredField: 123, intField: "abc" }
            ) {
              dog { name }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: 123", (2, 39)),
            new ExpectedError("Int cannot represent non-integer value: \"abc\"", (2, 54)),
            new ExpectedError("Variable \"$a\" is never used in operation \"WithDefaultValues\".", (2, 3))),
        new(
            "ValuesOfCorrectType: Variable default values: complex variables missing required field",
            ValidationSchemas.TestSchema,
            """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """,
            new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 47)),
            new ExpectedError("Variable \"$a\" is never used in operation \"MissingRequiredField\".", (1, 28))),
        new(
            "ValuesOfCorrectType: Variable default values: list variables with invalid item",
            ValidationSchemas.TestSchema,
            """
            query InvalidItem($a: [String] = ["one", 2]) {
              dog { name }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 2", (1, 42)),
            new ExpectedError("Variable \"$a\" is never used in operation \"InvalidItem\".", (1, 19))),
        new(
            "ProvidedRequiredArguments: ignores unknown arguments",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """,
            new ExpectedError("Unknown argument \"unknownArgument\" on field \"Dog.isHouseTrained\".", (3, 20))),
        new(
            "ProvidedRequiredArguments: Valid non-nullable value: No arg on non-null field with default",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """),
        new(
            "ProvidedRequiredArguments: Invalid non-nullable value: Missing one non-nullable argument",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """,
            new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5))),
        new(
            "ProvidedRequiredArguments: Invalid non-nullable value: Missing multiple non-nullable arguments",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """,
            new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5))),
        new(
            "ProvidedRequiredArguments: Directive arguments: ignores unknown directives",
            ValidationSchemas.TestSchema,
            """
            {
              dog @unknown
            }
            """,
            new ExpectedError("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (2, 3)),
            new ExpectedError("Unknown directive \"@unknown\".", (2, 7))),
        new(
            "ProvidedRequiredArguments: Directive arguments: with directive with missing types",
            ValidationSchemas.TestSchema,
            """
            {
              dog @include {
                name @skip
              }
            }
            """,
            new ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10))),
        new(
            "VariablesInAllowedPosition: Boolean => Boolean",
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
            "VariablesInAllowedPosition: Boolean => Boolean within fragment",
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
            "VariablesInAllowedPosition: Boolean => Boolean within fragment (2)",
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
    ];
}
