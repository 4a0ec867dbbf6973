namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part18 =
    [
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
        new(
            "MaxIntrospectionDepth: all options introspection query",
            ValidationSchemas.TestSchema,
            """
            query IntrospectionQuery {
              __schema {
                description
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description
                  isRepeatable
                  locations
                  args(includeDeprecated: true) {
                    ...InputValue
                  }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description
              specifiedByURL

              fields(includeDeprecated: true) {
                name
                description
                args(includeDeprecated: true) {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields(includeDeprecated: true) {
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
              isDeprecated
              deprecationReason
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
        new(
            "MaxIntrospectionDepth: 3 flat fields introspection query",
            ValidationSchemas.TestSchema,
            """
            {
              __type(name: "Query") {
                trueFields: fields(includeDeprecated: true) {
                  name
                }
                falseFields: fields(includeDeprecated: false) {
                  name
                }
                omittedFields: fields {
                  name
                }
              }
            }
            """),
        new(
            "MaxIntrospectionDepth: 3 fields deep introspection query from __schema",
            ValidationSchemas.TestSchema,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
    ];
}
