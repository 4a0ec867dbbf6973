namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its UniqueInputFieldNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class UniqueInputFieldNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "input object with fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f: true })
            }
            """),
        new(
            "same input object within two args",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """),
        new(
            "multiple input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """),
        new(
            "allows for nested input objects with similar fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """),
        new(
            "duplicate input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29))),
        new(
            "many duplicate input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 42))),
        new(
            "nested duplicate input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """,
            new ExpectedError("There can be only one input field named \"f2\".", (2, 21), (2, 34))),
    ];
}
