namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part16 =
    [
        new(
            "OverlappingFieldsCanBeMerged: reports deep conflict to nearest common ancestor",
            ValidationSchemas.TestSchema,
            """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (10, 3))),
        new(
            "OverlappingFieldsCanBeMerged: reports deep conflict to nearest common ancestor in fragments",
            ValidationSchemas.TestSchema,
            """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (5, 3)),
            new ExpectedError("Unknown type \"T\".", (9, 15)),
            new ExpectedError("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7))),
        new(
            "OverlappingFieldsCanBeMerged: reports deep conflict in nested fragments",
            ValidationSchemas.TestSchema,
            """
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """,
            new ExpectedError("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (5, 3)),
            new ExpectedError("Unknown type \"T\".", (9, 15)),
            new ExpectedError("Unknown type \"T\".", (13, 15)),
            new ExpectedError("Unknown type \"T\".", (16, 15)),
            new ExpectedError("Unknown type \"T\".", (20, 15))),
        new(
            "OverlappingFieldsCanBeMerged: reports deep conflict after nested fragments",
            ValidationSchemas.TestSchema,
            """
            fragment F on T {
              ...G
            }
            fragment G on T {
              ...H
            }
            fragment H on T {
              x: a
            }
            {
              x: b
              ...F
            }
            """,
            new ExpectedError("Unknown type \"T\".", (1, 15)),
            new ExpectedError("Unknown type \"T\".", (4, 15)),
            new ExpectedError("Unknown type \"T\".", (7, 15)),
            new ExpectedError("Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 3), (8, 3)),
            new ExpectedError("Cannot query field \"b\" on type \"QueryRoot\".", (11, 3))),
        new(
            "OverlappingFieldsCanBeMerged: ignores unknown fragments",
            ValidationSchemas.TestSchema,
            """
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown fragment \"Unknown\".", (3, 6)),
            new ExpectedError("Unknown type \"T\".", (7, 19)),
            new ExpectedError("Unknown fragment \"OtherUnknown\".", (9, 6))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: conflicting return types which potentially overlap",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: compatible return shapes on different return types",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
              }
            }
            """),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: disallows differing return types despite no overlap",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: reports correctly when a non-exclusive follows an exclusive",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """,
            new ExpectedError("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 3), (38, 3), (33, 3), (41, 3)),
            new ExpectedError("Cannot query field \"scalar\" on type \"SomeBox\". Did you mean to use an inline fragment on \"IntBox\", \"NonNullStringBox1\", \"NonNullStringBox1Impl\", \"NonNullStringBox2\", or \"NonNullStringBox2Impl\"?", (38, 3))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: disallows differing return type nullability despite no overlap",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: disallows differing return type list despite no overlap",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """,
            new ExpectedError("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7))),
    ];
}
