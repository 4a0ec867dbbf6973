namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its UniqueVariableNamesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class UniqueVariableNamesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "unique variable names",
            ValidationSchemas.TestSchema,
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """),
        new(
            "duplicate variable names",
            ValidationSchemas.TestSchema,
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            new ExpectedError("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            new ExpectedError("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            new ExpectedError("There can be only one variable named \"$x\".", (3, 10), (3, 19))),
    ];
}
