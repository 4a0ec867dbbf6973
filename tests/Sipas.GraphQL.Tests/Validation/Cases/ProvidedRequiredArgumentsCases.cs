namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its ProvidedRequiredArgumentsRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class ProvidedRequiredArgumentsCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "ignores unknown arguments",
            ValidationSchemas.TestSchema,
            """
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """),
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
            "Valid non-nullable value: No arg on non-null field with default",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                nonNullFieldWithDefault
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
            "Invalid non-nullable value: Missing one non-nullable argument",
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
            "Invalid non-nullable value: Missing multiple non-nullable arguments",
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
            "Invalid non-nullable value: Incorrect value and missing argument",
            ValidationSchemas.TestSchema,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5))),
        new(
            "Directive arguments: ignores unknown directives",
            ValidationSchemas.TestSchema,
            """
            {
              dog @unknown
            }
            """),
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
        new(
            "Directive arguments: with directive with missing types",
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
    ];
}
