namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its FieldsOnCorrectTypeRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class FieldsOnCorrectTypeCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "Object field selection",
            ValidationSchemas.Schema4,
            """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """),
        new(
            "Aliased object field selection",
            ValidationSchemas.Schema4,
            """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """),
        new(
            "Interface field selection",
            ValidationSchemas.Schema4,
            """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """),
        new(
            "Aliased interface field selection",
            ValidationSchemas.Schema4,
            """
            fragment interfaceFieldSelection on Pet {
              otherName : name
            }
            """),
        new(
            "Lying alias selection",
            ValidationSchemas.Schema4,
            """
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """),
        new(
            "Ignores fields on unknown type",
            ValidationSchemas.Schema4,
            """
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """),
        new(
            "reports errors when type is known again",
            ValidationSchemas.Schema4,
            """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """,
            new ExpectedError("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
            new ExpectedError("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7))),
        new(
            "Field not defined on fragment",
            ValidationSchemas.Schema4,
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3))),
        new(
            "Ignores deeply unknown field",
            ValidationSchemas.Schema4,
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            new ExpectedError("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3))),
        new(
            "Sub-field not defined",
            ValidationSchemas.Schema4,
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            new ExpectedError("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5))),
        new(
            "Field not defined on inline fragment",
            ValidationSchemas.Schema4,
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5))),
        new(
            "Aliased field target not defined",
            ValidationSchemas.Schema4,
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """,
            new ExpectedError("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3))),
        new(
            "Aliased lying field target not defined",
            ValidationSchemas.Schema4,
            """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """,
            new ExpectedError("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3))),
        new(
            "Not defined on interface",
            ValidationSchemas.Schema4,
            """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """,
            new ExpectedError("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3))),
        new(
            "Defined on implementors but not on interface",
            ValidationSchemas.Schema4,
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            new ExpectedError("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3))),
        new(
            "Meta field selection on union",
            ValidationSchemas.Schema4,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """),
        new(
            "Direct field selection on union",
            ValidationSchemas.Schema4,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            new ExpectedError("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3))),
        new(
            "Defined on implementors queried on union",
            ValidationSchemas.Schema4,
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
            new ExpectedError("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (2, 3))),
        new(
            "valid field in inline fragment",
            ValidationSchemas.Schema4,
            """
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """),
    ];
}
