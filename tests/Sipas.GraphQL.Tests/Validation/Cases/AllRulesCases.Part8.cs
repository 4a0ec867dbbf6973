namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part8 =
    [
        new(
            "NoUnusedVariables: variable not used in fragments",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (9, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (14, 19))),
        new(
            "NoUnusedVariables: multiple variables not used in fragments",
            ValidationSchemas.TestSchema,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (9, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (14, 19))),
        new(
            "NoUnusedVariables: variable not used by unreferenced fragment",
            ValidationSchemas.TestSchema,
            """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (5, 12), (1, 1)),
            new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (4, 19)),
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (7, 19)),
            new ExpectedError("Fragment \"FragB\" is never used.", (7, 1))),
        new(
            "KnownDirectives: with no directives",
            ValidationSchemas.Schema6,
            """
            query Foo {
              name
              ...Frag
            }

            fragment Frag on Dog {
              name
            }
            """,
            new ExpectedError("Cannot query field \"name\" on type \"Query\".", (2, 3)),
            new ExpectedError("Unknown type \"Dog\".", (6, 18))),
        new(
            "KnownDirectives: with standard directives",
            ValidationSchemas.Schema6,
            """
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """,
            new ExpectedError("Cannot query field \"human\" on type \"Query\". Did you mean \"dummy\"?", (2, 3)),
            new ExpectedError("Unknown type \"Dog\".", (5, 14))),
        new(
            "KnownDirectives: with unknown directive",
            ValidationSchemas.Schema6,
            """
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """,
            new ExpectedError("Cannot query field \"human\" on type \"Query\". Did you mean \"dummy\"?", (2, 3)),
            new ExpectedError("Unknown directive \"@unknown\".", (2, 9))),
        new(
            "KnownDirectives: with many unknown directives",
            ValidationSchemas.Schema6,
            """
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """,
            new ExpectedError("Unknown directive \"@unknown\".", (2, 14)),
            new ExpectedError("Cannot query field \"human\" on type \"Query\". Did you mean \"dummy\"?", (3, 3)),
            new ExpectedError("Unknown directive \"@unknown\".", (3, 9)),
            new ExpectedError("Unknown directive \"@unknown\".", (5, 10))),
        new(
            "KnownDirectives: with well placed directives",
            ValidationSchemas.Schema6,
            """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @onField {
                ...Frag @onFragmentSpread
                ... @onInlineFragment {
                  name @onField
                }
              }
            }

            mutation @onMutation {
              someField @onField
            }

            subscription @onSubscription {
              someField @onField
            }

            fragment Frag on Human @onFragmentDefinition {
              name @onField
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("Cannot query field \"human\" on type \"Query\". Did you mean \"dummy\"?", (2, 3)),
            new ExpectedError("Variable \"$var\" is never used.", (1, 8)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (10, 1)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (14, 1)),
            new ExpectedError("Unknown type \"Human\".", (18, 18))),
        new(
            "KnownDirectives: with misplaced directives",
            ValidationSchemas.Schema6,
            """
            query ($var: Boolean @onQuery) @onMutation {
              human @onQuery {
                ...Frag @onQuery
                ... @onQuery {
                  name @onQuery
                }
              }
            }

            mutation @onQuery {
              someField @onQuery
            }

            subscription @onQuery {
              someField @onQuery
            }

            fragment Frag on Human @onQuery {
              name @onQuery
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
            new ExpectedError("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
            new ExpectedError("Cannot query field \"human\" on type \"Query\". Did you mean \"dummy\"?", (2, 3)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (2, 9)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 13)),
            new ExpectedError("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 9)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (5, 12)),
            new ExpectedError("Variable \"$var\" is never used.", (1, 8)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (10, 1)),
            new ExpectedError("Directive \"@onQuery\" may not be used on MUTATION.", (10, 10)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (11, 13)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (14, 1)),
            new ExpectedError("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (14, 14)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (15, 13)),
            new ExpectedError("Unknown type \"Human\".", (18, 18)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (18, 24)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (19, 8))),
        new(
            "UniqueDirectivesPerLocation: no directives",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: unique directives in different locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directiveA {
              field @directiveB
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: unique directives in same locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directiveA @directiveB {
              field @directiveA @directiveB
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: same directives in different locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @directiveA {
              field @directiveA
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: same directives in similar locations",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directive
              field @directive
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: repeatable directives in same location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
        new(
            "UniqueDirectivesPerLocation: duplicate directives in one location",
            ValidationSchemas.Schema7,
            """
            fragment Test on Type {
              field @directive @directive
            }
            """,
            new ExpectedError("Unknown type \"Type\". Did you mean \"__Type\"?", (1, 18)),
            new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)),
            new ExpectedError("Fragment \"Test\" is never used.", (1, 1))),
    ];
}
