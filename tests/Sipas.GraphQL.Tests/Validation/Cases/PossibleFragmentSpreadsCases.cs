namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its PossibleFragmentSpreadsRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class PossibleFragmentSpreadsCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "of the same object",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """),
        new(
            "of the same object with inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """),
        new(
            "object into an implemented interface",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """),
        new(
            "object into containing union",
            ValidationSchemas.Schema5,
            """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """),
        new(
            "union into contained object",
            ValidationSchemas.Schema5,
            """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """),
        new(
            "union into overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """),
        new(
            "union into overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """),
        new(
            "interface into implemented object",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """),
        new(
            "interface into overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """),
        new(
            "interface into overlapping interface in inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinInterface on Pet { ... on Being { name } }
            """),
        new(
            "interface into overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """),
        new(
            "ignores incorrect type (caught by FragmentsOnCompositeTypesRule)",
            ValidationSchemas.Schema5,
            """
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """),
        new(
            "ignores unknown fragments (caught by KnownFragmentNamesRule)",
            ValidationSchemas.Schema5,
            """
            fragment petFragment on Pet { ...UnknownFragment }
            """),
        new(
            "different object into object",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            new ExpectedError("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45))),
        new(
            "different object into object in inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3))),
        new(
            "object into not implementing interface",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48))),
        new(
            "object into not containing union",
            ValidationSchemas.Schema5,
            """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49))),
        new(
            "union into not contained object",
            ValidationSchemas.Schema5,
            """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            new ExpectedError("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46))),
        new(
            "union into non overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 47))),
        new(
            "union into non overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48))),
        new(
            "interface into non implementing object",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """,
            new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (1, 48))),
        new(
            "interface into non overlapping interface",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Intelligent { iq }
            """,
            new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3))),
        new(
            "interface into non overlapping interface in inline fragment",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinInterfaceAnon on Pet {
              ...on Intelligent { iq }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3))),
        new(
            "interface into non overlapping union",
            ValidationSchemas.Schema5,
            """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            new ExpectedError("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56))),
    ];
}
