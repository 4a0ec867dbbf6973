namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part4 =
    [
        new(
            "FieldsOnCorrectType: Defined on implementors but not on interface",
            ValidationSchemas.Schema4,
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            new ExpectedError("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)),
            new ExpectedError("Fragment \"definedOnImplementorsButNotInterface\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Meta field selection on union",
            ValidationSchemas.Schema4,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """,
            new ExpectedError("Fragment \"directFieldSelectionOnUnion\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Direct field selection on union",
            ValidationSchemas.Schema4,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            new ExpectedError("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)),
            new ExpectedError("Fragment \"directFieldSelectionOnUnion\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Defined on implementors queried on union",
            ValidationSchemas.Schema4,
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
            new ExpectedError("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (2, 3)),
            new ExpectedError("Fragment \"definedOnImplementorsQueriedOnUnion\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: valid field in inline fragment",
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
            """,
            new ExpectedError("Fragment \"objectFieldSelection\" is never used.", (1, 1))),
        new(
            "UniqueFragmentNames: one fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Type {
              field
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (5, 19))),
        new(
            "UniqueFragmentNames: many fragments",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragC on Type {
              fieldC
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (6, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (9, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (12, 19))),
        new(
            "UniqueFragmentNames: inline fragments are always unique",
            ValidationSchemas.TestSchema,
            """
            {
              ...on Type {
                fieldA
              }
              ...on Type {
                fieldB
              }
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (2, 9)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (5, 9))),
        new(
            "UniqueFragmentNames: fragments named the same",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 19))),
        new(
            "UniqueFragmentNames: fragments named the same without being referenced",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 19)),
            new ExpectedError("There can be only one fragment named \"fragA\".", (1, 10), (4, 10)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"fragA\" is never used.", (4, 1))),
        new(
            "KnownFragmentNames: known fragment names are valid",
            ValidationSchemas.TestSchema,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
                }
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
            """),
        new(
            "KnownFragmentNames: unknown fragment names are invalid",
            ValidationSchemas.TestSchema,
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            new ExpectedError("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            new ExpectedError("Unknown fragment \"UnknownFragment2\".", (5, 10)),
            new ExpectedError("Unknown fragment \"UnknownFragment3\".", (11, 6)),
            new ExpectedError("Fragment \"HumanFields\" is never used.", (9, 1))),
        new(
            "NoUnusedFragments: all fragment names are used",
            ValidationSchemas.TestSchema,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
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
            """),
        new(
            "NoUnusedFragments: all fragment names are used by multiple operations",
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
            """),
        new(
            "NoUnusedFragments: contains unknown fragments",
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
            }
            fragment Unused2 on Human {
              name
            }
            """,
            new ExpectedError("Fragment \"Unused1\" is never used.", (21, 1)),
            new ExpectedError("Fragment \"Unused2\" is never used.", (24, 1))),
    ];
}
