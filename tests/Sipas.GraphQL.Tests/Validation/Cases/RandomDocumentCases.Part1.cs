namespace Sipas.GraphQL.Tests.Validation.Cases;

// Random documents over the harness schema (seeded generator), all rules; expected errors produced by graphql-js 16.15.
// The generator's sequence repeats after 23 documents (its LCG loses precision in JavaScript numbers), so only the
// 23 distinct ones are kept.
internal static partial class RandomDocumentCases
{
    public static ValidationCase[] All => [.. Part1, .. Part2];

    private static readonly ValidationCase[] Part1 =
    [
        new(
            "random document 1",
            ValidationSchemas.TestSchema,
            """
            query R { dog: cat { meows meows nickname furColor } }
            query R($a: Int = 1, $b: Int, $d: FurColor!) { ... on Int { __typename } }
            fragment B on CatOrDog @onField { foo(a: 1) ... on FurColor  @unknown{ __typename } }
            """,
            new ExpectedError("There can be only one operation named \"R\".", (1, 7), (2, 7)),
            new ExpectedError("Fragment cannot condition on non composite type \"Int\".", (2, 55)),
            new ExpectedError("Variable \"$a\" is never used in operation \"R\".", (2, 9)),
            new ExpectedError("Variable \"$b\" is never used in operation \"R\".", (2, 22)),
            new ExpectedError("Variable \"$d\" is never used in operation \"R\".", (2, 31)),
            new ExpectedError("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", (3, 24)),
            new ExpectedError("Cannot query field \"foo\" on type \"CatOrDog\".", (3, 35)),
            new ExpectedError("Fragment cannot condition on non composite type \"FurColor\".", (3, 52)),
            new ExpectedError("Unknown directive \"@unknown\".", (3, 62)),
            new ExpectedError("Fragment \"B\" is never used.", (3, 1))),
        new(
            "random document 2",
            ValidationSchemas.TestSchema,
            """
             { complicatedArgs { nonNullFieldWithDefault(arg: 1, unknownArg: 1) enumArgField(enumArg: 1.5) } }
            fragment A on Pet { name(surname: false) name @skip(if: true) ... on Canine  { mother { name(surname: true) } x: barkz } }
            fragment D on Nope { name }
            """,
            new ExpectedError("Unknown argument \"unknownArg\" on field \"ComplicatedArgs.nonNullFieldWithDefault\".", (1, 54)),
            new ExpectedError("Enum \"FurColor\" cannot represent non-enum value: 1.5.", (1, 91)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (2, 42)),
            new ExpectedError("Cannot query field \"barkz\" on type \"Canine\".", (2, 111)),
            new ExpectedError("Unknown type \"Nope\".", (3, 15)),
            new ExpectedError("Fragment \"A\" is never used.", (2, 1)),
            new ExpectedError("Fragment \"D\" is never used.", (3, 1))),
        new(
            "random document 3",
            ValidationSchemas.TestSchema,
            """
            query 
            query  { ...C @include(if: false, x: 1) complicatedArgs { stringListNonNullArgField(stringListNonNullArg: "str") floatArgField(floatArg: 1.5) } }
            fragment D on Pet { name(surname: false) ... on Human  { name @skip(if: $b) @skip } }
            """,
            new ExpectedError("Unknown fragment \"C\".", (2, 13)),
            new ExpectedError("Unknown argument \"x\" on directive \"@include\".", (2, 35)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 21), (3, 58)),
            new ExpectedError("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (3, 42)),
            new ExpectedError("The directive \"@skip\" can only be used once at this location.", (3, 63), (3, 77)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 77)),
            new ExpectedError("Fragment \"D\" is never used.", (3, 1))),
        new(
            "random document 4",
            ValidationSchemas.TestSchema,
            """
            query S { pet { name(surname: true) name(unknownArg: 1) name } }
            """,
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 17), (1, 37)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 17), (1, 57)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 37), (1, 57)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"Pet.name\".", (1, 42))),
        new(
            "random document 5",
            ValidationSchemas.TestSchema,
            """
            query  { pet { x: name(surname: 1.5) name(surname: false) ... on Cat { __typename } } name: cat { ...B nickname { name } meows } human(id: 4) { name @onField @include(if: $c) name pets { name(surname: false) { name } name: name ... on ComplexInput { __typename } } } dog: __typename(a: 1) { name } }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: 1.5", (1, 33)),
            new ExpectedError("Unknown fragment \"B\".", (1, 102)),
            new ExpectedError("Field \"nickname\" must not have a selection since type \"String\" has no subfields.", (1, 113)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 188), (1, 218)),
            new ExpectedError("Field \"name\" must not have a selection since type \"String\" has no subfields.", (1, 209)),
            new ExpectedError("Fragment cannot condition on non composite type \"ComplexInput\".", (1, 236)),
            new ExpectedError("Field \"__typename\" must not have a selection since type \"String!\" has no subfields.", (1, 290)),
            new ExpectedError("Unknown argument \"a\" on field \"QueryRoot.__typename\".", (1, 284)),
            new ExpectedError("Variable \"$c\" is not defined.", (1, 172), (1, 1))),
        new(
            "random document 6",
            ValidationSchemas.TestSchema,
            """
            query R($a: String, $d: String) { cat(unknownArg: 1) @skip { furColor nickname @onField } }
            fragment A on CatOrDog { ...D }
            """,
            new ExpectedError("Unknown argument \"unknownArg\" on field \"QueryRoot.cat\".", (1, 39)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 54)),
            new ExpectedError("Variable \"$a\" is never used in operation \"R\".", (1, 9)),
            new ExpectedError("Variable \"$d\" is never used in operation \"R\".", (1, 21)),
            new ExpectedError("Unknown fragment \"D\".", (2, 29)),
            new ExpectedError("Fragment \"A\" is never used.", (2, 1))),
        new(
            "random document 7",
            ValidationSchemas.TestSchema,
            """
            query Q { name: pet @include(if: $a) @skip(if: true) { x: name } ... on Boolean  @skip(if: $b){ __typename } }
            query R($b: Int = 1, $c: Boolean!) { complicatedArgs { nonNullFieldWithDefault } nickname @include(if: $d) dog: pet(unknownArg: 1) { name } }
            """,
            new ExpectedError("Fragment cannot condition on non composite type \"Boolean\".", (1, 73)),
            new ExpectedError("Variable \"$a\" is not defined by operation \"Q\".", (1, 34), (1, 1)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Q\".", (1, 92), (1, 1)),
            new ExpectedError("Cannot query field \"nickname\" on type \"QueryRoot\".", (2, 82)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"QueryRoot.pet\".", (2, 117)),
            new ExpectedError("Variable \"$d\" is not defined by operation \"R\".", (2, 104), (2, 1)),
            new ExpectedError("Variable \"$b\" is never used in operation \"R\".", (2, 9)),
            new ExpectedError("Variable \"$c\" is never used in operation \"R\".", (2, 22))),
        new(
            "random document 8",
            ValidationSchemas.TestSchema,
            """
            query R { ... { __typename } }
            query S($c: Dog) { ...C }
            fragment B on Dog { mother { father { meows } } doesKnowCommand(dogCommand: DOWN) }
            fragment C on Cat { foo }
            """,
            new ExpectedError("Variable \"$c\" cannot be non-input type \"Dog\".", (2, 13)),
            new ExpectedError("Fragment \"C\" cannot be spread here as objects of type \"QueryRoot\" can never be of type \"Cat\".", (2, 20)),
            new ExpectedError("Variable \"$c\" is never used in operation \"S\".", (2, 9)),
            new ExpectedError("Cannot query field \"meows\" on type \"Dog\".", (3, 39)),
            new ExpectedError("Cannot query field \"foo\" on type \"Cat\".", (4, 21)),
            new ExpectedError("Fragment \"B\" is never used.", (3, 1))),
        new(
            "random document 9",
            ValidationSchemas.TestSchema,
            """
             { complicatedArgs { y: stringListNonNullArgField } }
            fragment D on Dog @include(if: $b) @include(if: $a) { barks y: nickname(unknownArg: 1) @include(if: false, x: 1) @include(if: false, x: 1) }
            """,
            new ExpectedError("The directive \"@include\" can only be used once at this location.", (2, 19), (2, 36)),
            new ExpectedError("Directive \"@include\" may not be used on FRAGMENT_DEFINITION.", (2, 19)),
            new ExpectedError("Directive \"@include\" may not be used on FRAGMENT_DEFINITION.", (2, 36)),
            new ExpectedError("The directive \"@include\" can only be used once at this location.", (2, 88), (2, 114)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"Dog.nickname\".", (2, 73)),
            new ExpectedError("Unknown argument \"x\" on directive \"@include\".", (2, 108)),
            new ExpectedError("Unknown argument \"x\" on directive \"@include\".", (2, 134)),
            new ExpectedError("Fragment \"D\" is never used.", (2, 1))),
        new(
            "random document 10",
            ValidationSchemas.TestSchema,
            """
            query S { ...C x: dog { ... on FurColor { __typename } doesKnowCommand @onField @include(if: $c) } }
            query ($c: Int, $d: String) { human(id: 4, unknownArg: 1) { relatives ...A pets { name } relatives { ...C } } y: dog @skip(if: true) { isHouseTrained(atOtherHomes: false) doesKnowCommand dog: barks } }
            """,
            new ExpectedError("Unknown fragment \"C\".", (1, 14)),
            new ExpectedError("Fragment cannot condition on non composite type \"FurColor\".", (1, 32)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"S\".", (1, 94), (1, 1)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (2, 1)),
            new ExpectedError("Unknown argument \"unknownArg\" on field \"QueryRoot.human\".", (2, 44)),
            new ExpectedError("Field \"relatives\" of type \"[Human]\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (2, 61)),
            new ExpectedError("Unknown fragment \"A\".", (2, 74)),
            new ExpectedError("Unknown fragment \"C\".", (2, 105)),
            new ExpectedError("Variable \"$c\" is never used.", (2, 8)),
            new ExpectedError("Variable \"$d\" is never used.", (2, 17))),
        new(
            "random document 11",
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
            "random document 12",
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
            "random document 13",
            ValidationSchemas.TestSchema,
            """
            query S { ...B @unknown ...B complicatedArgs { dog: stringListNonNullArgField @skip(if: $a) } }
            """,
            new ExpectedError("Unknown fragment \"B\".", (1, 14)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 16)),
            new ExpectedError("Unknown fragment \"B\".", (1, 28)),
            new ExpectedError("Variable \"$a\" is not defined by operation \"S\".", (1, 89), (1, 1))),
        new(
            "random document 14",
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
            "random document 15",
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
            "random document 16",
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
            "random document 17",
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
            "random document 18",
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
            "random document 19",
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
