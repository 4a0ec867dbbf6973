namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its OverlappingFieldsCanBeMergedRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class OverlappingFieldsCanBeMergedCases
{
    private static readonly ValidationCase[] Part3 =
    [
        new(
            "return types must be unambiguous: disallows differing subfields",
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
            "return types must be unambiguous: disallows differing deep return types despite no overlap",
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
            "return types must be unambiguous: allows non-conflicting overlapping types",
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
            "return types must be unambiguous: same wrapped scalar return types",
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
            "return types must be unambiguous: allows inline fragments without type condition",
            ValidationSchemas.Schema12,
            """
            {
              a
              ... {
                a
              }
            }
            """),
        new(
            "return types must be unambiguous: compares deep types including list",
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
            "return types must be unambiguous: ignores unknown types",
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
            """),
        new(
            "return types must be unambiguous: works for field names that are JS keywords",
            ValidationSchemas.Schema13,
            """
            {
              foo {
                constructor
              }
            }
            """),
        new(
            "does not infinite loop on recursive fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """),
        new(
            "does not infinite loop on immediately recursive fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """),
        new(
            "does not infinite loop on recursive fragment with a field named after fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
              fragA
            }

            fragment fragA on Query { ...fragA }
            """),
        new(
            "finds invalid cases even with field named after fragment",
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
            new ExpectedError("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (7, 3))),
        new(
            "does not infinite loop on transitively recursive fragment",
            ValidationSchemas.TestSchema,
            """
            {
              ...fragA
              fragB
            }

            fragment fragA on Human { name, ...fragB }
            fragment fragB on Human { name, ...fragC }
            fragment fragC on Human { name, ...fragA }
            """),
        new(
            "finds invalid case even with immediately recursive fragment",
            ValidationSchemas.TestSchema,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """,
            new ExpectedError("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 3), (4, 3))),
        new(
            "does not infinite loop on recursive fragments separated by fields",
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
            """),
    ];
}
