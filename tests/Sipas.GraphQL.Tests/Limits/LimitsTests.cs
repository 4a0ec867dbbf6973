using Sipas.GraphQL.Limits;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Limits;

public sealed class LimitsTests
{
    private static readonly Schema Schema = TestSchema.Create();

    private static GraphQLError Reject(string query, GraphQLExecutorOptions options)
    {
        var prepared = new GraphQLExecutor(Schema, options).Prepare(new GraphQLRequest(query));
        var error = Assert.Single(prepared.Errors);
        Assert.Equal(LimitErrors.Code, error.Extensions!["code"]);
        return error;
    }

    [Fact]
    public void Prepare_DocumentTooLarge_Rejects()
    {
        var error = Reject("{ hello }" + new string(' ', 100), new GraphQLExecutorOptions { MaxDocumentBytes = 64 });

        Assert.Equal("Document size 109 bytes exceeds the limit of 64 bytes.", error.Message);
        Assert.Equal("documentBytes", error.Extensions!["limit"]);
    }

    [Fact]
    public void Prepare_TooManyTokens_RejectsLikeGraphQLJs()
    {
        var error = Reject("{ hello hello hello }", new GraphQLExecutorOptions { MaxTokens = 3 });

        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal("tokens", error.Extensions!["limit"]);
    }

    [Fact]
    public void Prepare_TooDeep_Rejects()
    {
        var error = Reject("query Deep { unit(code: \"01\") { parent { parent { parent { code } } } } }", new GraphQLExecutorOptions { MaxDepth = 4 });

        Assert.Equal("Operation \"Deep\" has depth 5, more than the maximum depth of 4.", error.Message);
        Assert.Equal(new Sipas.GraphQL.Language.SourceLocation(1, 1), Assert.Single(error.Locations!));
    }

    [Fact]
    public void Prepare_DepthThroughFragments_CountsExpandedFields()
    {
        var error = Reject("{ ...A } fragment A on Query { unit(code: \"01\") { ...B } } fragment B on Unit { parent { code } }", new GraphQLExecutorOptions { MaxDepth = 2 });

        Assert.Equal("Operation has depth 3, more than the maximum depth of 2.", error.Message);
    }

    [Fact]
    public void Prepare_TooCostly_RejectsWithListMultiplier()
    {
        // units (1) + 10 × (code 1 + parent (1 + name 1)) = 31
        var error = Reject("{ units { code parent { name } } }", new GraphQLExecutorOptions { MaxFieldCost = 30 });

        Assert.Equal("Operation has cost 31, more than the maximum cost of 30.", error.Message);
        Assert.Equal("cost", error.Extensions!["limit"]);
    }

    [Fact]
    public void Prepare_FragmentsSpreadManyTimes_AreMeasuredOnce()
    {
        // 2^30 expansions if fragments were walked naively.
        var fragments = string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Unit {{ ...F{i + 1} ...F{i + 1} }}\n"));
        var query = "{ unit(code: \"01\") { ...F0 } }\n" + fragments + "fragment F30 on Unit { code }";

        var prepared = new GraphQLExecutor(Schema).Prepare(new GraphQLRequest(query));

        Assert.DoesNotContain(prepared.Errors, e => e.Extensions?["limit"] as string == "depth");
    }

    [Fact]
    public void Prepare_TooManyAliases_Rejects()
    {
        var error = Reject("{ a: hello b: hello c: hello }", new GraphQLExecutorOptions { MaxAliases = 2 });

        Assert.Equal("Document uses 3 aliases, more than the limit of 2.", error.Message);
    }

    [Fact]
    public void Prepare_IntrospectionQuery_IsNotCountedAgainstDepthOrCost()
    {
        var options = new GraphQLExecutorOptions { MaxDepth = 2, MaxFieldCost = 5 };

        var prepared = new GraphQLExecutor(Schema, options).Prepare(new GraphQLRequest("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }"));

        Assert.Empty(prepared.Errors);
    }

    [Fact]
    public void Options_Defaults_AreDocumentedValues()
    {
        var options = new GraphQLExecutorOptions();

        Assert.Equal((65_536, 10_000, 15, 5_000, 10, 15, TimeSpan.FromSeconds(30), 1_000), (options.MaxDocumentBytes, options.MaxTokens, options.MaxDepth, options.MaxFieldCost, options.ListCostMultiplier, options.MaxAliases, options.ExecutionTimeout, options.DocumentCacheSize));
    }
}
