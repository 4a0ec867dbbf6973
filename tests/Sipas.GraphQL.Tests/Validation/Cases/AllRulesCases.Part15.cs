namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part15 =
    [
        new(
            "OverlappingFieldsCanBeMerged: identical fields with identical directives",
            ValidationSchemas.TestSchema,
            """
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """,
            new ExpectedError("Fragment \"mergeSameFieldsWithSameDirectives\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: different args with different aliases",
            ValidationSchemas.TestSchema,
            """
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """,
            new ExpectedError("Fragment \"differentArgsWithDifferentAliases\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: different directives with different aliases",
            ValidationSchemas.TestSchema,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """,
            new ExpectedError("Fragment \"differentDirectivesWithDifferentAliases\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: different skip/include directives accepted",
            ValidationSchemas.TestSchema,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """,
            new ExpectedError("Fragment \"differentDirectivesWithDifferentAliases\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: Same aliases with different field targets",
            ValidationSchemas.TestSchema,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            new ExpectedError("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            new ExpectedError("Fragment \"sameAliasesWithDifferentFieldTargets\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: Same aliases allowed on non-overlapping fields",
            ValidationSchemas.TestSchema,
            """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """,
            new ExpectedError("Fragment \"sameAliasesWithDifferentFieldTargets\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: Alias masking direct field access",
            ValidationSchemas.TestSchema,
            """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            new ExpectedError("Fragment \"aliasMaskingDirectFieldAccess\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: different args, second adds an argument",
            ValidationSchemas.TestSchema,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            new ExpectedError("Fragment \"conflictingArgs\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: different args, second missing an argument",
            ValidationSchemas.TestSchema,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            new ExpectedError("Fragment \"conflictingArgs\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: conflicting arg values",
            ValidationSchemas.TestSchema,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            new ExpectedError("Fragment \"conflictingArgs\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: conflicting arg names",
            ValidationSchemas.TestSchema,
            """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """,
            new ExpectedError("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            new ExpectedError("Fragment \"conflictingArgs\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: allows different args where no conflict is possible",
            ValidationSchemas.TestSchema,
            """
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """,
            new ExpectedError("Fragment \"conflictingArgs\" is never used.", (1, 1))),
        new(
            "OverlappingFieldsCanBeMerged: allows different order of args",
            ValidationSchemas.Schema10,
            """
            {
              someField(a: null, b: null)
              someField(b: null, a: null)
            }
            """),
        new(
            "OverlappingFieldsCanBeMerged: allows different order of input object fields in arg values",
            ValidationSchemas.Schema11,
            """
            {
              someField(arg: { a: null, b: null })
              someField(arg: { b: null, a: null })
            }
            """),
        new(
            "OverlappingFieldsCanBeMerged: encounters conflict in fragments",
            ValidationSchemas.TestSchema,
            """
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            new ExpectedError("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (5, 15)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (8, 15))),
        new(
            "OverlappingFieldsCanBeMerged: reports each conflict once",
            ValidationSchemas.TestSchema,
            """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            new ExpectedError("Cannot query field \"f1\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
            new ExpectedError("Cannot query field \"f2\" on type \"QueryRoot\".", (6, 3)),
            new ExpectedError("Cannot query field \"f3\" on type \"QueryRoot\".", (10, 3)),
            new ExpectedError("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
            new ExpectedError("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (16, 15)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (19, 15))),
        new(
            "OverlappingFieldsCanBeMerged: deep conflict",
            ValidationSchemas.TestSchema,
            """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            new ExpectedError("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (5, 3))),
        new(
            "OverlappingFieldsCanBeMerged: deep conflict with multiple issues",
            ValidationSchemas.TestSchema,
            """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """,
            new ExpectedError("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (6, 3))),
        new(
            "OverlappingFieldsCanBeMerged: very deep conflict",
            ValidationSchemas.TestSchema,
            """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """,
            new ExpectedError("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (7, 3))),
    ];
}
