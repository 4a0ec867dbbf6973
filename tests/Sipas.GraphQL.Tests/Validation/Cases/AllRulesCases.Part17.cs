namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part17 =
    [
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: disallows differing return type list despite no overlap (2)",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: listStringBox {
                    scalar
                  }
                }
              }
            }
            """,
            new ExpectedError("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: disallows differing subfields",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """,
            new ExpectedError("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 9), (6, 9))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: disallows differing deep return types despite no overlap",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """,
            new ExpectedError("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 9), (9, 7), (10, 9))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: allows non-conflicting overlapping types",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ... on IntBox {
                  scalar: unrelatedField
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: same wrapped scalar return types",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ...on NonNullStringBox1 {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: allows inline fragments without type condition",
            ValidationSchemas.Schema12,
            """
            {
              a
              ... {
                a
              }
            }
            """,
            new ExpectedError("Cannot query field \"a\" on type \"Query\".", (2, 3)),
            new ExpectedError("Cannot query field \"a\" on type \"Query\".", (4, 5))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: compares deep types including list",
            ValidationSchemas.Schema12,
            """
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }

            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """,
            new ExpectedError("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: ignores unknown types",
            ValidationSchemas.Schema12,
            """
            {
              someBox {
                ...on UnknownType {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """,
            new ExpectedError("Unknown type \"UnknownType\".", (3, 11))),
        new(
            "OverlappingFieldsCanBeMerged: return types must be unambiguous: works for field names that are JS keywords",
            ValidationSchemas.Schema13,
            """
            {
              foo {
                constructor
              }
            }
            """),
        new(
            "OverlappingFieldsCanBeMerged: does not infinite loop on recursive fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """,
            new ExpectedError("Fragment \"fragA\" cannot be spread here as objects of type \"QueryRoot\" can never be of type \"Human\".", (2, 3)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (5, 51))),
        new(
            "OverlappingFieldsCanBeMerged: does not infinite loop on immediately recursive fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """,
            new ExpectedError("Fragment \"fragA\" cannot be spread here as objects of type \"QueryRoot\" can never be of type \"Human\".", (2, 3)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (5, 33))),
        new(
            "OverlappingFieldsCanBeMerged: does not infinite loop on recursive fragment with a field named after fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
              fragA
            }

            fragment fragA on Query { ...fragA }
            """,
            new ExpectedError("Cannot query field \"fragA\" on type \"QueryRoot\".", (3, 3)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (6, 27)),
            new ExpectedError("Unknown type \"Query\".", (6, 19))),
        new(
            "OverlappingFieldsCanBeMerged: finds invalid cases even with field named after fragment",
            ValidationSchemas.TestSchema,
            """
            {
              fragA
              ...fragA
            }

            fragment fragA on Type {
              fragA: b
            }
            """,
            new ExpectedError("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (7, 3)),
            new ExpectedError("Cannot query field \"fragA\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (6, 19))),
        new(
            "OverlappingFieldsCanBeMerged: does not infinite loop on transitively recursive fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
              fragB
            }

            fragment fragA on Human { name, ...fragB }
            fragment fragB on Human { name, ...fragC }
            fragment fragC on Human { name, ...fragA }
            """,
            new ExpectedError("Fragment \"fragA\" cannot be spread here as objects of type \"QueryRoot\" can never be of type \"Human\".", (2, 3)),
            new ExpectedError("Cannot query field \"fragB\" on type \"QueryRoot\".", (3, 3)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (6, 33), (7, 33), (8, 33))),
        new(
            "OverlappingFieldsCanBeMerged: finds invalid case even with immediately recursive fragment",
            ValidationSchemas.TestSchema,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """,
            new ExpectedError("Cannot spread fragment \"sameAliasesWithDifferentFieldTargets\" within itself.", (2, 3)),
            new ExpectedError("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 3), (4, 3)),
            new ExpectedError("Fragment \"sameAliasesWithDifferentFieldTargets\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: does not infinite loop on recursive fragments separated by fields",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
              ...fragB
            }

            fragment fragA on T {
              x {
                ...fragA
                x {
                  ...fragA
                }
              }
            }

            fragment fragB on T {
              x {
                ...fragB
                x {
                  ...fragB
                }
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (8, 5)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (10, 7)),
            new ExpectedError("Unknown type \"T\".", (6, 19)),
            new ExpectedError("Cannot spread fragment \"fragB\" within itself.", (17, 5)),
            new ExpectedError("Cannot spread fragment \"fragB\" within itself.", (19, 7)),
            new ExpectedError("Unknown type \"T\".", (15, 19))),
        new(
            "UniqueInputFieldNames: input object with fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f: true })
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
    ];
}
