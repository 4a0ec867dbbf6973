namespace Sipas.GraphQL.Tests.Validation.Cases;

// Random documents over the harness schema (seeded generator), all rules; expected errors produced by graphql-js 16.15.
internal static partial class RandomDocumentCases
{
    private static readonly ValidationCase[] Part2 =
    [
        new(
            "random document 20",
            ValidationSchemas.TestSchema,
            """
            query Q { ...A human(id: 4) @include(if: $c) @unknown { name dog: name(surname: true) } ...B complicatedArgs { x: stringArgField ...C } }
            """,
            new ExpectedError("Unknown fragment \"A\".", (1, 14)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 46)),
            new ExpectedError("Unknown fragment \"B\".", (1, 92)),
            new ExpectedError("Unknown fragment \"C\".", (1, 133)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Q\".", (1, 42), (1, 1))),
        new(
            "random document 21",
            ValidationSchemas.TestSchema,
            """
            query Q($c: DogCommand, $d: Int!) @skip(if: $d) { ...A ...D foo(a: 1) }
            fragment B on Canine { __typename }
            fragment C on Dog { y: isHouseTrained isAtLocation(x: true, y: {x: 1}) }
            """,
            new ExpectedError("Directive \"@skip\" may not be used on QUERY.", (1, 35)),
            new ExpectedError("Unknown fragment \"A\".", (1, 54)),
            new ExpectedError("Unknown fragment \"D\".", (1, 59)),
            new ExpectedError("Cannot query field \"foo\" on type \"QueryRoot\". Did you mean \"dog\"?", (1, 61)),
            new ExpectedError("Variable \"$c\" is never used in operation \"Q\".", (1, 9)),
            new ExpectedError("Variable \"$d\" of type \"Int!\" used in position expecting type \"Boolean!\".", (1, 25), (1, 45)),
            new ExpectedError("Int cannot represent non-integer value: true", (3, 55)),
            new ExpectedError("Int cannot represent non-integer value: {x: 1}", (3, 64)),
            new ExpectedError("Fragment \"B\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"C\" is never used.", (3, 1))),
        new(
            "random document 22",
            ValidationSchemas.TestSchema,
            """"
            query Q @include(if: $a) @skip(if: $a) { complicatedArgs { intArgField(intArg: 2147483648) } ...B name: human(id: """b""") { name(surname: false) relatives { pets @onField @skip(if: true) { name name(surname: false) } } pets { x: name name(surname: false, unknownArg: 1) foo @skip(if: true) name(surname: false) } } }
            """",
            new ExpectedError("Directive \"@include\" may not be used on QUERY.", (1, 9)),
            new ExpectedError("Directive \"@skip\" may not be used on QUERY.", (1, 26)),
            new ExpectedError("Int cannot represent non 32-bit signed integer value: 2147483648", (1, 80)),
            new ExpectedError("Unknown fragment \"B\".", (1, 97)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 191), (1, 196)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 236), (1, 292)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"Pet.name\".", (1, 257)),
            new ExpectedError("Cannot query field \"foo\" on type \"Pet\".", (1, 272)),
            new ExpectedError("Variable \"$a\" is not defined by operation \"Q\".", (1, 22), (1, 1)),
            new ExpectedError("Variable \"$a\" is not defined by operation \"Q\".", (1, 36), (1, 1))),
        new(
            "random document 23",
            ValidationSchemas.TestSchema,
            """
            query ($b: Dog, $c: Boolean) { pet { name(surname: true) name(surname: true) name @onField @skip } human(id: 4) { ... on Pet  { name } } }
            """,
            new ExpectedError("Variable \"$b\" cannot be non-input type \"Dog\".", (1, 12)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 38), (1, 78)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 58), (1, 78)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 92)),
            new ExpectedError("Fragment cannot be spread here as objects of type \"Human\" can never be of type \"Pet\".", (1, 115)),
            new ExpectedError("Variable \"$b\" is never used.", (1, 8)),
            new ExpectedError("Variable \"$c\" is never used.", (1, 17))),
    ];
}
