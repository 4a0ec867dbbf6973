namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part3 =
    [
        new(
            "FragmentsOnCompositeTypes: scalar is invalid inline fragment type",
            ValidationSchemas.TestSchema,
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            new ExpectedError("Fragment cannot condition on non composite type \"String\".", (2, 10)),
            new ExpectedError("Fragment \"invalidFragment\" is never used.", (1, 1))),
        new(
            "VariablesAreInputTypes: unknown types are ignored",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """,
            new ExpectedError("Unknown type \"Unknown\".", (1, 15)),
            new ExpectedError("Unknown type \"Unknown\".", (1, 30)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "VariablesAreInputTypes: input types are valid",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "VariablesAreInputTypes: output types are invalid",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            new ExpectedError("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            new ExpectedError("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)),
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "ScalarLeafs: valid scalar selection",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelection on Dog {
              barks
            }
            """,
            new ExpectedError("Fragment \"scalarSelection\" is never used.", (1, 1))),
        new(
            "ScalarLeafs: object type missing selection",
            ValidationSchemas.TestSchema,
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3))),
        new(
            "ScalarLeafs: interface type missing selection",
            ValidationSchemas.TestSchema,
            """
            {
              human { pets }
            }
            """,
            new ExpectedError("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11))),
        new(
            "ScalarLeafs: valid scalar selection with args",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """,
            new ExpectedError("Fragment \"scalarSelectionWithArgs\" is never used.", (1, 1))),
        new(
            "ScalarLeafs: scalar selection not allowed on Boolean",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            new ExpectedError("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)),
            new ExpectedError("Fragment \"scalarSelectionsNotAllowedOnBoolean\" is never used.", (1, 1))),
        new(
            "ScalarLeafs: scalar selection not allowed on Enum",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            new ExpectedError("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)),
            new ExpectedError("Fragment \"scalarSelectionsNotAllowedOnEnum\" is never used.", (1, 1))),
        new(
            "ScalarLeafs: scalar selection not allowed with args",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """,
            new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 36)),
            new ExpectedError("Fragment \"scalarSelectionsNotAllowedWithArgs\" is never used.", (1, 1))),
        new(
            "ScalarLeafs: Scalar selection not allowed with directives",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """,
            new ExpectedError("Field \"name\" must not have a selection since type \"String\" has no subfields.", (2, 27)),
            new ExpectedError("Fragment \"scalarSelectionsNotAllowedWithDirectives\" is never used.", (1, 1))),
        new(
            "ScalarLeafs: Scalar selection not allowed with directives and args",
            ValidationSchemas.TestSchema,
            """
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """,
            new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55)),
            new ExpectedError("Fragment \"scalarSelectionsNotAllowedWithDirectivesAndArgs\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Object field selection",
            ValidationSchemas.Schema4,
            """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """,
            new ExpectedError("Fragment \"objectFieldSelection\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Aliased object field selection",
            ValidationSchemas.Schema4,
            """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """,
            new ExpectedError("Fragment \"aliasedObjectFieldSelection\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Interface field selection",
            ValidationSchemas.Schema4,
            """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """,
            new ExpectedError("Fragment \"interfaceFieldSelection\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Aliased interface field selection",
            ValidationSchemas.Schema4,
            """
            fragment interfaceFieldSelection on Pet {
              otherName : name
            }
            """,
            new ExpectedError("Fragment \"interfaceFieldSelection\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Lying alias selection",
            ValidationSchemas.Schema4,
            """
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """,
            new ExpectedError("Fragment \"lyingAliasSelection\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Ignores fields on unknown type",
            ValidationSchemas.Schema4,
            """
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """,
            new ExpectedError("Unknown type \"UnknownType\".", (1, 30)),
            new ExpectedError("Fragment \"unknownSelection\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: reports errors when type is known again",
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
            new ExpectedError("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)),
            new ExpectedError("Fragment \"typeKnownAgain\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Field not defined on fragment",
            ValidationSchemas.Schema4,
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
            new ExpectedError("Fragment \"fieldNotDefined\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Ignores deeply unknown field",
            ValidationSchemas.Schema4,
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            new ExpectedError("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)),
            new ExpectedError("Fragment \"deepFieldNotDefined\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Sub-field not defined",
            ValidationSchemas.Schema4,
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            new ExpectedError("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)),
            new ExpectedError("Fragment \"subFieldNotDefined\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Field not defined on inline fragment",
            ValidationSchemas.Schema4,
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)),
            new ExpectedError("Fragment \"fieldNotDefined\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Aliased field target not defined",
            ValidationSchemas.Schema4,
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """,
            new ExpectedError("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
            new ExpectedError("Fragment \"aliasedFieldTargetNotDefined\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Aliased lying field target not defined",
            ValidationSchemas.Schema4,
            """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """,
            new ExpectedError("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
            new ExpectedError("Fragment \"aliasedLyingFieldTargetNotDefined\" is never used.", (1, 1))),
        new(
            "FieldsOnCorrectType: Not defined on interface",
            ValidationSchemas.Schema4,
            """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """,
            new ExpectedError("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)),
            new ExpectedError("Fragment \"notDefinedOnInterface\" is never used.", (1, 1))),
    ];
}
