namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its SingleFieldSubscriptionsRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class SingleFieldSubscriptionsCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "valid subscription",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
            }
            """),
        new(
            "valid subscription with fragment",
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
            "valid subscription with fragment and field",
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
            "fails with more than one root field",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3))),
        new(
            "fails with more than one root field including introspection",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
            new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 3))),
        new(
            "fails with more than one root field including aliased introspection via fragment",
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
            "fails with many more than one root field",
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
            "fails with many more than one root field via fragments",
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
            "does not infinite loop on recursive fragments",
            ValidationSchemas.Schema1,
            """
            subscription NoInfiniteLoop {
              ...A
            }
            fragment A on SubscriptionRoot {
              ...A
            }
            """),
        new(
            "fails with many more than one root field via fragments (anonymous)",
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
            new ExpectedError("Anonymous Subscription must select only one top level field.", (4, 5), (10, 3), (11, 3), (14, 7), (20, 3))),
        new(
            "fails with more than one root field in anonymous subscriptions",
            ValidationSchemas.Schema1,
            """
            subscription {
              importantEmails
              notImportantEmails
            }
            """,
            new ExpectedError("Anonymous Subscription must select only one top level field.", (3, 3))),
        new(
            "fails with introspection field",
            ValidationSchemas.Schema1,
            """
            subscription ImportantEmails {
              __typename
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3))),
        new(
            "fails with introspection field in anonymous subscription",
            ValidationSchemas.Schema1,
            """
            subscription {
              __typename
            }
            """,
            new ExpectedError("Anonymous Subscription must not select an introspection top level field.", (2, 3))),
        new(
            "skips if not subscription type",
            ValidationSchemas.Schema2,
            """
            subscription {
              __typename
            }
            """),
    ];
}
