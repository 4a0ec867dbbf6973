namespace Sipas.GraphQL.Tests.Validation.Cases;

// The documents of graphql-js 16's rule tests validated with ALL specified rules; expected errors produced by graphql-js.
internal static partial class AllRulesCases
{
    private static readonly ValidationCase[] Part19 =
    [
        new(
            "MaxIntrospectionDepth: 3 interfaces deep introspection query from __schema",
            ValidationSchemas.TestSchema,
            """
            {
              __schema {
                types {
                  interfaces {
                    interfaces {
                      interfaces {
                        name
                      }
                    }
                  }
                }
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
        new(
            "MaxIntrospectionDepth: 3 possibleTypes deep introspection query from __schema",
            ValidationSchemas.TestSchema,
            """
            {
              __schema {
                types {
                  possibleTypes {
                    possibleTypes {
                      possibleTypes {
                        name
                      }
                    }
                  }
                }
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
        new(
            "MaxIntrospectionDepth: 3 inputFields deep introspection query from __schema",
            ValidationSchemas.TestSchema,
            """
            {
              __schema {
                types {
                  inputFields {
                    type {
                      inputFields {
                        type {
                          inputFields {
                            type {
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
            "MaxIntrospectionDepth: 3 fields deep introspection query from multiple __schema",
            ValidationSchemas.TestSchema,
            """
            {
              one: __schema {
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
              two: __schema {
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
              three: __schema {
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
            new ExpectedError("Maximum introspection depth exceeded", (17, 3)),
            new ExpectedError("Maximum introspection depth exceeded", (32, 3))),
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
    ];
}
