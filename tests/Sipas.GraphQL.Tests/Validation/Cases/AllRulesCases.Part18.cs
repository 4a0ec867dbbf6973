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
    ];
}
