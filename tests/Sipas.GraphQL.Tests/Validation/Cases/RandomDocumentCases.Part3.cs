namespace Sipas.GraphQL.Tests.Validation.Cases;

// Random documents over the harness schema (seeded generator), all rules; expected errors produced by graphql-js 16.15.
internal static partial class RandomDocumentCases
{
    private static readonly ValidationCase[] Part3 =
    [
        new(
            "random document 40",
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
            "random document 41",
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
        new(
            "random document 42",
            ValidationSchemas.TestSchema,
            """
            query Q { ...D y: dog { nickname { name } ... on Canine  { furColor { name } y: father nme { name } } ...A } pet { name name(surname: true) ... on ComplexInput  @unknown{ __typename } } dog { mother { barks ...C isHouseTrained(atOtherHomes: true) } } }
            fragment A on Pet { y: name(surname: true) }
            """,
            new ExpectedError("Unknown fragment \"D\".", (1, 14)),
            new ExpectedError("Fields \"y\" conflict because \"father\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 78), (2, 21)),
            new ExpectedError("Field \"nickname\" must not have a selection since type \"String\" has no subfields.", (1, 34)),
            new ExpectedError("Cannot query field \"furColor\" on type \"Canine\".", (1, 60)),
            new ExpectedError("Field \"father\" of type \"Canine\" must have a selection of subfields. Did you mean \"father { ... }\"?", (1, 78)),
            new ExpectedError("Cannot query field \"nme\" on type \"Canine\". Did you mean \"name\"?", (1, 88)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 116), (1, 121)),
            new ExpectedError("Fragment cannot condition on non composite type \"ComplexInput\".", (1, 148)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 162)),
            new ExpectedError("Unknown fragment \"C\".", (1, 211))),
        new(
            "random document 43",
            ValidationSchemas.TestSchema,
            """
            query Q { pet { name(surname: true) name } ...D }
            query  { name: catOrDog { __typename y: Name @skip(if: true) furColor } }
            """,
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 17), (1, 37)),
            new ExpectedError("Unknown fragment \"D\".", (1, 47)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (2, 1)),
            new ExpectedError("Cannot query field \"Name\" on type \"CatOrDog\".", (2, 38)),
            new ExpectedError("Cannot query field \"furColor\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Cat\"?", (2, 62))),
        new(
            "random document 44",
            ValidationSchemas.TestSchema,
            """
            query S($a: Boolean!, $b: [String!]!, $d: ComplexInput) { ... on Boolean { __typename } name: meows @include(if: false, x: 1) }
            fragment C on Int { name }
            """,
            new ExpectedError("Fragment cannot condition on non composite type \"Boolean\".", (1, 66)),
            new ExpectedError("Cannot query field \"meows\" on type \"QueryRoot\".", (1, 89)),
            new ExpectedError("Unknown argument \"x\" on directive \"@include\".", (1, 121)),
            new ExpectedError("Variable \"$a\" is never used in operation \"S\".", (1, 9)),
            new ExpectedError("Variable \"$b\" is never used in operation \"S\".", (1, 23)),
            new ExpectedError("Variable \"$d\" is never used in operation \"S\".", (1, 39)),
            new ExpectedError("Fragment \"C\" cannot condition on non composite type \"Int\".", (2, 15)),
            new ExpectedError("Fragment \"C\" is never used.", (2, 1))),
        new(
            "random document 45",
            ValidationSchemas.TestSchema,
            """
            query Q { ... on Canine  { mother @skip(if: $d) { name(surname: false) } } x: cat(unknownArg: 1) { meows y: nickname(unknownArg: 1) nickname meows @unknown } cat @include(if: false, x: 1) @onField { y: meowsVolume @onField pets meowsVolume(unknownArg: 1) name(surname: false) } complicatedArgs { stringArgField } }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"QueryRoot\" can never be of type \"Canine\".", (1, 11)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"QueryRoot.cat\".", (1, 83)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"Cat.nickname\".", (1, 118)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 148)),
            new ExpectedError("Unknown argument \"x\" on directive \"@include\".", (1, 183)),
            new ExpectedError("Cannot query field \"pets\" on type \"Cat\".", (1, 224)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"Cat.meowsVolume\".", (1, 241)),
            new ExpectedError("Variable \"$d\" is not defined by operation \"Q\".", (1, 45), (1, 1))),
        new(
            "random document 46",
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
            "random document 47",
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
            "random document 48",
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
            "random document 49",
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
        new(
            "random document 50",
            ValidationSchemas.TestSchema,
            """
            query Q @skip(if: $c) { human(id: "x") x: pet { name(surname: true) } dog { ...B nickname y: nickname @skip nickname } dog { ... { __typename } } }
            """,
            new ExpectedError("Directive \"@skip\" may not be used on QUERY.", (1, 9)),
            new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 25)),
            new ExpectedError("Unknown fragment \"B\".", (1, 80)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 103)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Q\".", (1, 19), (1, 1))),
        new(
            "random document 51",
            ValidationSchemas.TestSchema,
            """
            query Q($d: FurColor!) { dog: pet { name: name } }
            fragment D on Pet { ...  { name name barkz name } name(surname: false) ...A }
            """,
            new ExpectedError("Variable \"$d\" is never used in operation \"Q\".", (1, 9)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 28), (2, 51)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 33), (2, 51)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 44), (2, 51)),
            new ExpectedError("Cannot query field \"barkz\" on type \"Pet\".", (2, 38)),
            new ExpectedError("Unknown fragment \"A\".", (2, 75)),
            new ExpectedError("Fragment \"D\" is never used.", (2, 1))),
        new(
            "random document 52",
            ValidationSchemas.TestSchema,
            """
            query S { ...B @unknown ...B complicatedArgs { dog: stringListNonNullArgField @skip(if: $a) } }
            """,
            new ExpectedError("Unknown fragment \"B\".", (1, 14)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 16)),
            new ExpectedError("Unknown fragment \"B\".", (1, 28)),
            new ExpectedError("Variable \"$a\" is not defined by operation \"S\".", (1, 89), (1, 1))),
        new(
            "random document 53",
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
            "random document 54",
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
        new(
            "random document 55",
            ValidationSchemas.TestSchema,
            """
            query Q { ...D y: dog { nickname { name } ... on Canine  { furColor { name } y: father nme { name } } ...A } pet { name name(surname: true) ... on ComplexInput  @unknown{ __typename } } dog { mother { barks ...C isHouseTrained(atOtherHomes: true) } } }
            fragment A on Pet { y: name(surname: true) }
            """,
            new ExpectedError("Unknown fragment \"D\".", (1, 14)),
            new ExpectedError("Fields \"y\" conflict because \"father\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 78), (2, 21)),
            new ExpectedError("Field \"nickname\" must not have a selection since type \"String\" has no subfields.", (1, 34)),
            new ExpectedError("Cannot query field \"furColor\" on type \"Canine\".", (1, 60)),
            new ExpectedError("Field \"father\" of type \"Canine\" must have a selection of subfields. Did you mean \"father { ... }\"?", (1, 78)),
            new ExpectedError("Cannot query field \"nme\" on type \"Canine\". Did you mean \"name\"?", (1, 88)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 116), (1, 121)),
            new ExpectedError("Fragment cannot condition on non composite type \"ComplexInput\".", (1, 148)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 162)),
            new ExpectedError("Unknown fragment \"C\".", (1, 211))),
        new(
            "random document 56",
            ValidationSchemas.TestSchema,
            """
            query Q { pet { name(surname: true) name } ...D }
            query  { name: catOrDog { __typename y: Name @skip(if: true) furColor } }
            """,
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 17), (1, 37)),
            new ExpectedError("Unknown fragment \"D\".", (1, 47)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (2, 1)),
            new ExpectedError("Cannot query field \"Name\" on type \"CatOrDog\".", (2, 38)),
            new ExpectedError("Cannot query field \"furColor\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Cat\"?", (2, 62))),
        new(
            "random document 57",
            ValidationSchemas.TestSchema,
            """
            query S($a: Boolean!, $b: [String!]!, $d: ComplexInput) { ... on Boolean { __typename } name: meows @include(if: false, x: 1) }
            fragment C on Int { name }
            """,
            new ExpectedError("Fragment cannot condition on non composite type \"Boolean\".", (1, 66)),
            new ExpectedError("Cannot query field \"meows\" on type \"QueryRoot\".", (1, 89)),
            new ExpectedError("Unknown argument \"x\" on directive \"@include\".", (1, 121)),
            new ExpectedError("Variable \"$a\" is never used in operation \"S\".", (1, 9)),
            new ExpectedError("Variable \"$b\" is never used in operation \"S\".", (1, 23)),
            new ExpectedError("Variable \"$d\" is never used in operation \"S\".", (1, 39)),
            new ExpectedError("Fragment \"C\" cannot condition on non composite type \"Int\".", (2, 15)),
            new ExpectedError("Fragment \"C\" is never used.", (2, 1))),
        new(
            "random document 58",
            ValidationSchemas.TestSchema,
            """
            query Q { ... on Canine  { mother @skip(if: $d) { name(surname: false) } } x: cat(unknownArg: 1) { meows y: nickname(unknownArg: 1) nickname meows @unknown } cat @include(if: false, x: 1) @onField { y: meowsVolume @onField pets meowsVolume(unknownArg: 1) name(surname: false) } complicatedArgs { stringArgField } }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"QueryRoot\" can never be of type \"Canine\".", (1, 11)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"QueryRoot.cat\".", (1, 83)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"Cat.nickname\".", (1, 118)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 148)),
            new ExpectedError("Unknown argument \"x\" on directive \"@include\".", (1, 183)),
            new ExpectedError("Cannot query field \"pets\" on type \"Cat\".", (1, 224)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"Cat.meowsVolume\".", (1, 241)),
            new ExpectedError("Variable \"$d\" is not defined by operation \"Q\".", (1, 45), (1, 1))),
    ];
}
