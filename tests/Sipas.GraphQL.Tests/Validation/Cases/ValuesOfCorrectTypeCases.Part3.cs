namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its ValuesOfCorrectTypeRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class ValuesOfCorrectTypeCases
{
    private static readonly ValidationCase[] Part3 =
    [
        new(
            "Valid non-nullable value: Multiple required args on mixedList",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4)
              }
            }
            """),
        new(
            "Valid non-nullable value: Multiple required and one optional arg on mixedList",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
              }
            }
            """),
        new(
            "Valid non-nullable value: All required and optional args on mixedList",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
              }
            }
            """),
        new(
            "Invalid non-nullable value: Incorrect value type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: "one")
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"two\"", (3, 24)),
            new ExpectedError("Int cannot represent non-integer value: \"one\"", (3, 37))),
        new(
            "Invalid non-nullable value: Incorrect value and missing argument (ProvidedRequiredArgumentsRule)",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"one\"", (3, 24))),
        new(
            "Invalid non-nullable value: Null value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """,
            new ExpectedError("Expected value of type \"Int!\", found null.", (3, 24))),
        new(
            "Valid input object value: Optional arg, despite required field in type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField
              }
            }
            """),
        new(
            "Valid input object value: Partial object, only required",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true })
              }
            }
            """),
        new(
            "Valid input object value: Partial object, required field can be falsy",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: false })
              }
            }
            """),
        new(
            "Valid input object value: Partial object, including required",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 4 })
              }
            }
            """),
        new(
            "Valid input object value: Full object",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  intField: 4,
                  stringField: "foo",
                  booleanField: false,
                  stringListField: ["one", "two"]
                })
              }
            }
            """),
        new(
            "Valid input object value: Full object with fields in different order",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", "two"],
                  booleanField: false,
                  requiredField: true,
                  stringField: "foo",
                  intField: 4,
                })
              }
            }
            """),
        new(
            "Valid oneOf input object value: Exactly one field",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """),
        new(
            "Valid oneOf input object value: Exactly one non-nullable variable",
            ValidationSchemas.TestSchema,
            """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """),
        new(
            "Invalid input object value: Partial object, missing required",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """,
            new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33))),
        new(
            "Invalid input object value: Partial object, invalid field type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 2", (4, 32))),
        new(
            "Invalid input object value: Partial object, null to non-null field",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  nonNullField: null,
                })
              }
            }
            """,
            new ExpectedError("Expected value of type \"Boolean!\", found null.", (5, 21))),
        new(
            "Invalid input object value: Partial object, unknown field arg",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                })
              }
            }
            """,
            new ExpectedError("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (5, 7))),
        new(
            "Invalid input object value: allows custom scalar to accept complex literals",
            ValidationSchemas.Schema9,
            """
            {
              test1: anyArg(arg: 123)
              test2: anyArg(arg: "abc")
              test3: anyArg(arg: [123, "abc"])
              test4: anyArg(arg: {deep: [123, "abc"]})
            }
            """),
        new(
            "Invalid oneOf input object value: Invalid field type",
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
            "Invalid oneOf input object value: Exactly one null field",
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
            "Invalid oneOf input object value: Exactly one nullable variable",
            ValidationSchemas.TestSchema,
            """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """),
        new(
            "Invalid oneOf input object value: More than one field",
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
            "Directive arguments: with directives of valid types",
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
    ];
}
