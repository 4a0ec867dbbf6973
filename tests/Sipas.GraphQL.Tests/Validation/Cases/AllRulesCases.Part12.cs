namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part12 =
    [
        new(
            "ValuesOfCorrectType: Valid non-nullable value: Multiple args",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: Multiple args reverse order",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: No args on multiple optional",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: One arg on multiple optional",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts(opt1: 1)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: Second arg on multiple optional",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOpts(opt2: 1)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: Multiple required args on mixedList",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: Multiple required and one optional arg on mixedList",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid non-nullable value: All required and optional args on mixedList",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Invalid non-nullable value: Incorrect value type",
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
            "ValuesOfCorrectType: Invalid non-nullable value: Incorrect value and missing argument (ProvidedRequiredArgumentsRule)",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"one\"", (3, 24)),
            new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5))),
        new(
            "ValuesOfCorrectType: Invalid non-nullable value: Null value",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """,
            new ExpectedError("Expected value of type \"Int!\", found null.", (3, 24)),
            new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5))),
        new(
            "ValuesOfCorrectType: Valid input object value: Optional arg, despite required field in type",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid input object value: Partial object, only required",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true })
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid input object value: Partial object, required field can be falsy",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: false })
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid input object value: Partial object, including required",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 4 })
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid input object value: Full object",
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
            "ValuesOfCorrectType: Valid input object value: Full object with fields in different order",
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
            "ValuesOfCorrectType: Valid oneOf input object value: Exactly one field",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Valid oneOf input object value: Exactly one non-nullable variable",
            ValidationSchemas.TestSchema,
            """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """),
        new(
            "ValuesOfCorrectType: Invalid input object value: Partial object, missing required",
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
            "ValuesOfCorrectType: Invalid input object value: Partial object, invalid field type",
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
            "ValuesOfCorrectType: Invalid input object value: Partial object, null to non-null field",
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
            "ValuesOfCorrectType: Invalid input object value: Partial object, unknown field arg",
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
            "ValuesOfCorrectType: Invalid input object value: allows custom scalar to accept complex literals",
            ValidationSchemas.Schema9,
            """
            {
              test1: anyArg(arg: 123)
              test2: anyArg(arg: "abc")
              test3: anyArg(arg: [123, "abc"])
              test4: anyArg(arg: {deep: [123, "abc"]})
            }
            """),
    ];
}
