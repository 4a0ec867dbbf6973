namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its VariablesAreInputTypesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class VariablesAreInputTypesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "unknown types are ignored",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """),
        new(
            "input types are valid",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """),
        new(
            "output types are invalid",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            new ExpectedError("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            new ExpectedError("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44))),
    ];
}
