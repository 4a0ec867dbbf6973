namespace Sipas.GraphQL.Tests.Validation.Cases;

// Random documents over the harness schema (seeded generator), all rules; expected errors produced by graphql-js 16.15.
internal static partial class RandomDocumentCases
{
    private static readonly ValidationCase[] Part5 =
    [
        new(
            "random document 79",
            ValidationSchemas.TestSchema,
            """
            query R($a: Boolean, $b: String, $d: FurColor!) { name: __typename }
            fragment A on Cat { furColor meows @include(if: $d) meows }
            fragment B on Pet { y: name(surname: true) }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"R\".", (1, 9)),
            new ExpectedError("Variable \"$b\" is never used in operation \"R\".", (1, 22)),
            new ExpectedError("Variable \"$d\" is never used in operation \"R\".", (1, 34)),
            new ExpectedError("Fragment \"A\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"B\" is never used.", (3, 1))),
        new(
            "random document 80",
            ValidationSchemas.TestSchema,
            """
            query S { cat { ... on ComplexInput { __typename } meows @onField @include(if: $d) x: nickname } }
            fragment B on Dog { barks name @unknown doesKnowCommand nickname { name } }
            fragment C on CatOrDog { nme nme ... on Cat  { nickname ...D name(surname: false) } meows }
            """,
            new ExpectedError("Fragment cannot condition on non composite type \"ComplexInput\".", (1, 24)),
            new ExpectedError("Variable \"$d\" is not defined by operation \"S\".", (1, 80), (1, 1)),
            new ExpectedError("Unknown directive \"@unknown\".", (2, 32)),
            new ExpectedError("Field \"nickname\" must not have a selection since type \"String\" has no subfields.", (2, 66)),
            new ExpectedError("Cannot query field \"nme\" on type \"CatOrDog\".", (3, 26)),
            new ExpectedError("Cannot query field \"nme\" on type \"CatOrDog\".", (3, 30)),
            new ExpectedError("Unknown fragment \"D\".", (3, 60)),
            new ExpectedError("Cannot query field \"meows\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Cat\"?", (3, 85)),
            new ExpectedError("Fragment \"B\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"C\" is never used.", (3, 1))),
    ];
}
