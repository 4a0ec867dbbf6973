namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its VariablesInAllowedPositionRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class VariablesInAllowedPositionCases
{
    private static readonly ValidationCase[] Part2 =
    [
        new(
            "Allows exactly one non-nullable variable",
            ValidationSchemas.TestSchema,
            """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """),
        new(
            "Forbids one nullable variable",
            ValidationSchemas.TestSchema,
            """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            new ExpectedError("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 8), (3, 44))),
    ];
}
