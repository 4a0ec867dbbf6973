namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its FragmentsOnCompositeTypesRule tests), expected errors produced by graphql-js 16.15 itself.
internal static class FragmentsOnCompositeTypesCases
{
    public static readonly ValidationCase[] All =
    [
        new(
            "object is valid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Dog {
              barks
            }
            """),
        new(
            "interface is valid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Pet {
              name
            }
            """),
        new(
            "object is valid inline fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """),
        new(
            "interface is valid inline fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Mammal {
              ... on Canine {
                name
              }
            }
            """),
        new(
            "inline fragment without type is valid",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """),
        new(
            "union is valid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment validFragment on CatOrDog {
              __typename
            }
            """),
        new(
            "scalar is invalid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            new ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28))),
        new(
            "enum is invalid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            new ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28))),
        new(
            "input object is invalid fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            new ExpectedError("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27))),
        new(
            "scalar is invalid inline fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            new ExpectedError("Fragment cannot condition on non composite type \"String\".", (2, 10))),
    ];
}
