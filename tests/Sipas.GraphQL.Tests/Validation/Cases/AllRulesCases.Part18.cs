namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part18 =
    [
        new(
            "UniqueInputFieldNames: same input object within two args",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "UniqueInputFieldNames: multiple input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "UniqueInputFieldNames: allows for nested input objects with similar fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3))),
        new(
            "UniqueInputFieldNames: duplicate input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29))),
        new(
            "UniqueInputFieldNames: many duplicate input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 42))),
        new(
            "UniqueInputFieldNames: nested duplicate input object fields",
            ValidationSchemas.TestSchema,
            """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """,
            new ExpectedError("Cannot query field \"field\" on type \"QueryRoot\".", (2, 3)),
            new ExpectedError("There can be only one input field named \"f2\".", (2, 21), (2, 34))),
        new(
            "MaxIntrospectionDepth: default introspection query",
            ValidationSchemas.TestSchema,
            """
            query IntrospectionQuery {
              __schema {

                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description

                  locations
                  args {
                    ...InputValue
                  }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description


              fields(includeDeprecated: true) {
                name
                description
                args {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields {
                ...InputValue
              }
              interfaces {
                ...TypeRef
              }
              enumValues(includeDeprecated: true) {
                name
                description
                isDeprecated
                deprecationReason
              }
              possibleTypes {
                ...TypeRef
              }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue


            }

            fragment TypeRef on __Type {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType {
                            kind
                            name
                            ofType {
                              kind
                              name
                              ofType {
                                kind
                                name
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """),
    ];
}
