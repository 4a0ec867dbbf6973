namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    public static ValidationCase[] All => [.. Part1, .. Part2, .. Part3, .. Part4, .. Part5, .. Part6, .. Part7, .. Part8, .. Part9, .. Part10, .. Part11, .. Part12, .. Part13, .. Part14, .. Part15, .. Part16, .. Part17, .. Part18, .. Part19, .. Part20];

    private static readonly ValidationCase[] Part1 =
    [
        new(
            "ExecutableDefinitions: with only operation",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              dog {
                name
              }
            }
            """),
        new(
            "ExecutableDefinitions: with operation and fragment",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """),
        new(
            "ExecutableDefinitions: with type definition",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            new ExpectedError("The \"Cow\" definition is not executable.", (7, 1)),
            new ExpectedError("The \"Dog\" definition is not executable.", (11, 1))),
        new(
            "UniqueOperationNames: no operations",
            ValidationSchemas.TestSchema,
            """
            fragment fragA on Type {
              field
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 19)),
            new ExpectedError("Fragment \"fragA\" is never used.", (1, 1))),
        new(
            "UniqueOperationNames: one anon operation",
            ValidationSchemas.TestSchema,
            """
            {
              field
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "UniqueOperationNames: one named operation",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              field
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "UniqueOperationNames: multiple operations",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              field
            }

            query Bar {
              field
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (6, 3))),
        new(
            "UniqueOperationNames: multiple operations of different types",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              field
            }

            mutation Bar {
              field
            }

            subscription Baz {
              field
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "UniqueOperationNames: fragment and operation named the same",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 17))),
        new(
            "UniqueOperationNames: multiple operations of same name",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            new ExpectedError("Cannot query field \"fieldA\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 7)),
            new ExpectedError("Cannot query field \"fieldB\" on type \"QueryRoot\".", (5, 3))),
        new(
            "UniqueOperationNames: multiple ops of same name of different types (mutation)",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            new ExpectedError("Cannot query field \"fieldA\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 10))),
        new(
            "UniqueOperationNames: multiple ops of same name of different types (subscription)",
            ValidationSchemas.TestSchema,
            """
            query Foo {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            new ExpectedError("Cannot query field \"fieldA\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 14))),
        new(
            "LoneAnonymousOperation: anon operation with fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 17))),
        new(
            "LoneAnonymousOperation: multiple anon operations",
            ValidationSchemas.TestSchema,
            """
            {
              fieldA
            }
            {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("Cannot query field \"fieldA\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (4, 1)),
            new ExpectedError("Cannot query field \"fieldB\" on type \"QueryRoot\".", (5, 3))),
        new(
            "LoneAnonymousOperation: anon operation with a mutation",
            ValidationSchemas.TestSchema,
            """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("Cannot query field \"fieldA\" on type \"QueryRoot\".", (2, 3))),
        new(
            "LoneAnonymousOperation: anon operation with a subscription",
            ValidationSchemas.TestSchema,
            """
            {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("Cannot query field \"fieldA\" on type \"QueryRoot\".", (2, 3))),
        new(
            "SingleFieldSubscriptions: valid subscription",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
            }
            """),
        new(
            "SingleFieldSubscriptions: valid subscription with fragment",
            ValidationSchemas.Schema1,
            """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """),
        new(
            "SingleFieldSubscriptions: valid subscription with fragment and field",
            ValidationSchemas.Schema1,
            """
            subscription sub {
              newMessage {
                body
              }
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """),
        new(
            "SingleFieldSubscriptions: fails with more than one root field",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3))),
        new(
            "SingleFieldSubscriptions: fails with more than one root field including introspection",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
            new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 3))),
    ];
}
