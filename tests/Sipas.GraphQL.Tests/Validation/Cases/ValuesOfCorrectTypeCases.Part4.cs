namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its ValuesOfCorrectTypeRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class ValuesOfCorrectTypeCases
{
    private static readonly ValidationCase[] Part4 =
    [
        new(
            "Directive arguments: with directive with incorrect types",
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
            "Variable default values: variables with valid default values",
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
            """),
        new(
            "Variable default values: variables with valid default null values",
            ValidationSchemas.TestSchema,
            """
            query WithDefaultValues(
              $a: Int = null,
              $b: String = null,
              $c: ComplexInput = { requiredField: true, intField: null }
            ) {
              dog { name }
            }
            """),
        new(
            "Variable default values: variables with invalid default null values",
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
            new ExpectedError("Expected value of type \"Boolean!\", found null.", (4, 39))),
        new(
            "Variable default values: variables with invalid default values",
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
            new ExpectedError("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22))),
        new(
            "Variable default values: variables with complex invalid default values",
            ValidationSchemas.TestSchema,
            """
            query WithDefaultValues(
              $a: ComplexInput = { requiredField: 123, intField: "abc" }
            ) {
              dog { name }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: 123", (2, 39)),
            new ExpectedError("Int cannot represent non-integer value: \"abc\"", (2, 54))),
        new(
            "Variable default values: complex variables missing required field",
            ValidationSchemas.TestSchema,
            """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """,
            new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 47))),
        new(
            "Variable default values: list variables with invalid item",
            ValidationSchemas.TestSchema,
            """
            query InvalidItem($a: [String] = ["one", 2]) {
              dog { name }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 2", (1, 42))),
    ];
}
