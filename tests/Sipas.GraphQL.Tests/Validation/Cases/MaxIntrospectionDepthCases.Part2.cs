namespace Sipas.GraphQL.Tests.Validation.Cases;

// Behaviour of graphql-js 16.15 (its MaxIntrospectionDepthRule tests), expected errors produced by graphql-js 16.15 itself.
internal static partial class MaxIntrospectionDepthCases
{
    private static readonly ValidationCase[] Part2 =
    [
        new(
            "3 possibleTypes deep introspection query from __schema",
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
            "3 inputFields deep introspection query from __schema",
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
            "3 fields deep introspection query from multiple __schema",
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
            "3 fields deep introspection query from __type",
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
            new ExpectedError("Maximum introspection depth exceeded", (2, 3))),
        new(
            "3 fields deep introspection query from multiple __type",
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
            new ExpectedError("Maximum introspection depth exceeded", (17, 3)),
            new ExpectedError("Maximum introspection depth exceeded", (32, 3))),
        new(
            "1 fields deep with 3 fields introspection query",
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
            "3 fields deep from varying parents introspection query",
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
            "3 fields deep introspection query with inline fragments",
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
