namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part2 =
    [
        new(
            "SingleFieldSubscriptions: fails with more than one root field including aliased introspection via fragment",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
              ...Introspection
            }
            fragment Introspection on SubscriptionRoot {
              typename: __typename
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (6, 3)),
            new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (6, 3))),
        new(
            "SingleFieldSubscriptions: fails with many more than one root field",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3))),
        new(
            "SingleFieldSubscriptions: fails with many more than one root field via fragments",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
              ... {
                more: moreImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (4, 5), (9, 3), (10, 3), (14, 3))),
        new(
            "SingleFieldSubscriptions: does not infinite loop on recursive fragments",
            ValidationSchemas.Schema1,
            """
            subscription NoInfiniteLoop {
              ...A
            }
            fragment A on SubscriptionRoot {
              ...A
            }
            """,
            new ExpectedError("Cannot spread fragment \"A\" within itself.", (5, 3))),
        new(
            "SingleFieldSubscriptions: fails with many more than one root field via fragments (anonymous)",
            ValidationSchemas.Schema1,
            """
            subscription {
              importantEmails
              ... {
                more: moreImportantEmails
                ...NotImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ... {
                ... {
                  archivedEmails
                }
              }
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
              ...NonExistentFragment
            }
            """,
            new ExpectedError("Anonymous Subscription must select only one top level field.", (4, 5), (10, 3), (11, 3), (14, 7), (20, 3)),
            new ExpectedError("Cannot query field \"archivedEmails\" on type \"SubscriptionRoot\". Did you mean \"deletedEmails\"?", (14, 7)),
            new ExpectedError("Unknown fragment \"NonExistentFragment\".", (21, 6))),
        new(
            "SingleFieldSubscriptions: fails with more than one root field in anonymous subscriptions",
            ValidationSchemas.Schema1,
            """
            subscription {
              importantEmails
              notImportantEmails
            }
            """,
            new ExpectedError("Anonymous Subscription must select only one top level field.", (3, 3))),
        new(
            "SingleFieldSubscriptions: fails with introspection field",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              __typename
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3))),
        new(
            "SingleFieldSubscriptions: fails with introspection field in anonymous subscription",
            ValidationSchemas.Schema1,
            """
            subscription {
              __typename
            }
            """,
            new ExpectedError("Anonymous Subscription must not select an introspection top level field.", (2, 3))),
        new(
            "SingleFieldSubscriptions: skips if not subscription type",
            ValidationSchemas.Schema2,
            """
            subscription {
              __typename
            }
            """),
        new(
            "KnownTypeNames: known type names are valid",
            ValidationSchemas.TestSchema,
            """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """,
            new ExpectedError("Variable \"$introspectionType\" cannot be non-input type \"__EnumValue\".", (4, 23)),
            new ExpectedError("Cannot query field \"user\" on type \"QueryRoot\".", (6, 3)),
            new ExpectedError("Variable \"$var\" is never used in operation \"Foo\".", (2, 3)),
            new ExpectedError("Variable \"$required\" is never used in operation \"Foo\".", (3, 3)),
            new ExpectedError("Variable \"$introspectionType\" is never used in operation \"Foo\".", (4, 3))),
        new(
            "KnownTypeNames: unknown type names are invalid",
            ValidationSchemas.TestSchema,
            """
            query Foo($var: [JumbledUpLetters!]!) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            new ExpectedError("Unknown type \"JumbledUpLetters\".", (1, 18)),
            new ExpectedError("Cannot query field \"user\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown type \"Badger\".", (4, 19)),
            new ExpectedError("Variable \"$var\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23))),
        new(
            "KnownTypeNames: references to standard scalars that are missing in schema",
            ValidationSchemas.Schema3,
            """
            query ($id: ID, $float: Float, $int: Int) {
              __typename
            }
            """,
            new ExpectedError("Unknown type \"ID\".", (1, 13)),
            new ExpectedError("Unknown type \"Float\".", (1, 25)),
            new ExpectedError("Unknown type \"Int\".", (1, 38)),
            new ExpectedError("Variable \"$id\" is never used.", (1, 8)),
            new ExpectedError("Variable \"$float\" is never used.", (1, 17)),
            new ExpectedError("Variable \"$int\" is never used.", (1, 32))),
        new(
            "FragmentsOnCompositeTypes: object is valid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Dog {
              barks
            }
            """,
            new ExpectedError("Fragment \"validFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: interface is valid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Pet {
              name
            }
            """,
            new ExpectedError("Fragment \"validFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: object is valid inline fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """,
            new ExpectedError("Fragment \"validFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: interface is valid inline fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Mammal {
              ... on Canine {
                name
              }
            }
            """,
            new ExpectedError("Fragment \"validFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: inline fragment without type is valid",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """,
            new ExpectedError("Fragment \"validFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: union is valid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on CatOrDog {
              __typename
            }
            """,
            new ExpectedError("Fragment \"validFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: scalar is invalid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            new ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)),
            new ExpectedError("Fragment \"scalarFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: enum is invalid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            new ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)),
            new ExpectedError("Fragment \"scalarFragment\" is never used.", (1, 1))),
        new(
            "FragmentsOnCompositeTypes: input object is invalid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            new ExpectedError("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)),
            new ExpectedError("Fragment \"inputFragment\" is never used.", (1, 1))),
    ];
}
