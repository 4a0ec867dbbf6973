namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part20 =
    [
        new(
            "MaxIntrospectionDepth: 3 fields deep introspection query from __type",
            ValidationSchemas.TestSchema,
            """
            {
              __type(name: "Query") {
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
            new ExpectedError("Maximum introspection depth exceeded", (2, 3)),
            new ExpectedError("Cannot query field \"types\" on type \"__Type\". Did you mean \"ofType\"?", (3, 5))),
        new(
            "MaxIntrospectionDepth: 3 fields deep introspection query from multiple __type",
            ValidationSchemas.TestSchema,
            """
            {
              one: __type(name: "Query") {
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
              two: __type(name: "Query") {
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
              three: __type(name: "Query") {
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
            new ExpectedError("Maximum introspection depth exceeded", (2, 3)),
            new ExpectedError("Cannot query field \"types\" on type \"__Type\". Did you mean \"ofType\"?", (3, 5)),
            new ExpectedError("Maximum introspection depth exceeded", (17, 3)),
            new ExpectedError("Cannot query field \"types\" on type \"__Type\". Did you mean \"ofType\"?", (18, 5)),
            new ExpectedError("Maximum introspection depth exceeded", (32, 3)),
            new ExpectedError("Cannot query field \"types\" on type \"__Type\". Did you mean \"ofType\"?", (33, 5))),
        new(
            "MaxIntrospectionDepth: 1 fields deep with 3 fields introspection query",
            ValidationSchemas.TestSchema,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      oneFields: fields {
                        name
                      }
                      twoFields: fields {
                        name
                      }
                      threeFields: fields {
                        name
                      }
                    }
                  }
                }
              }
            }
            """),
        new(
            "MaxIntrospectionDepth: 3 fields deep from varying parents introspection query",
            ValidationSchemas.TestSchema,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          ofType {
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
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
        new(
            "MaxIntrospectionDepth: 3 fields deep introspection query with inline fragments",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ... on __Type {
                    fields {
                      type {
                        ... on __Type {
                          ofType {
                            fields {
                              type {
                                ... on __Type {
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
                  }
                }
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
        new(
            "MaxIntrospectionDepth: 3 fields deep introspection query with fragments",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ...One
                }
              }
            }

            fragment One on __Type {
              fields {
                type {
                  ...Two
                }
              }
            }

            fragment Two on __Type {
              fields {
                type {
                  ...Three
                }
              }
            }

            fragment Three on __Type {
              fields {
                name
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
        new(
            "MaxIntrospectionDepth: 3 fields deep inside inline fragment on query",
            ValidationSchemas.TestSchema,
            """
            {
              ... {
                __schema { types { fields { type { fields { type { fields { name } } } } } } }
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (3, 5))),
        new(
            "MaxIntrospectionDepth: opts out if fragment is missing",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ...Missing
                }
              }
            }
            """,
            new ExpectedError("Unknown fragment \"Missing\".", (4, 10))),
        new(
            "MaxIntrospectionDepth: doesn't infinitely recurse on fragment cycle",
            ValidationSchemas.TestSchema,
            """
            query test {
              __schema {
                types {
                  ...Cycle
                }
              }
            }
            fragment Cycle on __Type {
              ...Cycle
            }
            """,
            new ExpectedError("Cannot spread fragment \"Cycle\" within itself.", (9, 3))),
    ];
}
