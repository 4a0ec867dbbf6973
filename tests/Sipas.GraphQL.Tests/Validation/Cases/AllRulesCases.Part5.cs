namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part5 =
    [
        new(
            "NoUnusedFragments: contains unknown fragments with ref cycle",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            new ExpectedError("Cannot spread fragment \"Unused1\" within itself via \"Unused2\".", (23, 3), (27, 3)),
            new ExpectedError("Fragment \"Unused1\" is never used.", (21, 1)),
            new ExpectedError("Fragment \"Unused2\" is never used.", (25, 1))),
        new(
            "NoUnusedFragments: contains unknown and undef fragments",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            new ExpectedError("Unknown fragment \"bar\".", (3, 8)),
            new ExpectedError("Fragment \"foo\" is never used.", (6, 1))),
        new(
            "PossibleFragmentSpreads: of the same object",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            new ExpectedError("Fragment \"objectWithinObject\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"dogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: of the same object with inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """,
            new ExpectedError("Fragment \"objectWithinObjectAnon\" is never used.", (1, 1))),
        new(
            "PossibleFragmentSpreads: object into an implemented interface",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            new ExpectedError("Fragment \"objectWithinInterface\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"dogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: object into containing union",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            new ExpectedError("Fragment \"objectWithinUnion\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"dogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: union into contained object",
            ValidationSchemas.Schema5,
            """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            new ExpectedError("Fragment \"unionWithinObject\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"catOrDogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: union into overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            new ExpectedError("Fragment \"unionWithinInterface\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"catOrDogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: union into overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            new ExpectedError("Fragment \"unionWithinUnion\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"catOrDogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: interface into implemented object",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            new ExpectedError("Fragment \"interfaceWithinObject\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"petFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: interface into overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """,
            new ExpectedError("Fragment \"interfaceWithinInterface\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"beingFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: interface into overlapping interface in inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinInterface on Pet { ... on Being { name } }
            """,
            new ExpectedError("Fragment \"interfaceWithinInterface\" is never used.", (1, 1))),
        new(
            "PossibleFragmentSpreads: interface into overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            new ExpectedError("Fragment \"interfaceWithinUnion\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"petFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: ignores incorrect type (caught by FragmentsOnCompositeTypesRule)",
            ValidationSchemas.Schema5,
            """
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """,
            new ExpectedError("Fragment \"badInADifferentWay\" cannot condition on non composite type \"String\".", (2, 32)),
            new ExpectedError("Fragment \"petFragment\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"badInADifferentWay\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: ignores unknown fragments (caught by KnownFragmentNamesRule)",
            ValidationSchemas.Schema5,
            """
            fragment petFragment on Pet { ...UnknownFragment }
            """,
            new ExpectedError("Unknown fragment \"UnknownFragment\".", (1, 34)),
            new ExpectedError("Fragment \"petFragment\" is never used.", (1, 1))),
        new(
            "PossibleFragmentSpreads: different object into object",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            new ExpectedError("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)),
            new ExpectedError("Fragment \"invalidObjectWithinObject\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"dogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: different object into object in inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)),
            new ExpectedError("Fragment \"invalidObjectWithinObjectAnon\" is never used.", (1, 1))),
        new(
            "PossibleFragmentSpreads: object into not implementing interface",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)),
            new ExpectedError("Fragment \"invalidObjectWithinInterface\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"humanFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: object into not containing union",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)),
            new ExpectedError("Fragment \"invalidObjectWithinUnion\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"humanFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: union into not contained object",
            ValidationSchemas.Schema5,
            """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            new ExpectedError("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)),
            new ExpectedError("Fragment \"invalidUnionWithinObject\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"catOrDogFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: union into non overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 47)),
            new ExpectedError("Fragment \"invalidUnionWithinInterface\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"humanOrAlienFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: union into non overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)),
            new ExpectedError("Fragment \"invalidUnionWithinUnion\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"humanOrAlienFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: interface into non implementing object",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """,
            new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (1, 48)),
            new ExpectedError("Fragment \"invalidInterfaceWithinObject\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"intelligentFragment\" is never used.", (2, 1))),
        new(
            "PossibleFragmentSpreads: interface into non overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Intelligent { iq }
            """,
            new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)),
            new ExpectedError("Fragment \"invalidInterfaceWithinInterface\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"intelligentFragment\" is never used.", (4, 1))),
        new(
            "PossibleFragmentSpreads: interface into non overlapping interface in inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinInterfaceAnon on Pet {
              ...on Intelligent { iq }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)),
            new ExpectedError("Fragment \"invalidInterfaceWithinInterfaceAnon\" is never used.", (1, 1))),
        new(
            "PossibleFragmentSpreads: interface into non overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            new ExpectedError("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)),
            new ExpectedError("Fragment \"invalidInterfaceWithinUnion\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"petFragment\" is never used.", (2, 1))),
    ];
}
