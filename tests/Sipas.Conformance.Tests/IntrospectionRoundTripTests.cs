using Microsoft.Extensions.DependencyInjection;
using Sipas.Conformance.Tests.Infrastructure;
using Sipas.Conformance.Tests.Oracle;
using Sipas.GraphQL;
using Sipas.GraphQL.Http;
using Sipas.GraphQL.Language;

namespace Sipas.Conformance.Tests;

/// <summary>
/// graphql-js getIntrospectionQuery → our endpoint → buildClientSchema → printSchema must print what our SDL
/// printer prints; and our printer must print the oracle schema as graphql-js prints its own copy.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class IntrospectionRoundTripTests(SiloServer silo)
{
    [Fact]
    public async Task RoundTrip_OracleSchema_EqualsOurSdlPrinter()
    {
        var schema = OracleSchema.Build();
        await using var host = await KestrelHost.StartAsync(app => app.MapGraphQL("/graphql", schema));

        var printed = await PrintThroughGraphQLJsAsync(new Uri(host.BaseAddress, "/graphql"));

        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), printed.TrimEnd());
    }

    [Fact]
    public async Task RoundTrip_SiloSchema_EqualsOurSdlPrinter()
    {
        var schema = silo.Services.GetRequiredService<GraphQLExecutor>().Schema;

        var printed = await PrintThroughGraphQLJsAsync(silo.GraphQLEndpoint);

        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), printed.TrimEnd());
    }

    [Fact]
    public async Task Print_OracleSchema_EqualsGraphQLJsPrintSchema()
    {
        using var report = await NodeHarness.RunAsync("introspection.mjs", "--oracle", "1");

        var expected = report.RootElement.GetProperty("sdl").GetString()!;

        Assert.Equal(expected.TrimEnd(), SchemaPrinter.Print(OracleSchema.Build()).TrimEnd());
    }

    private static async Task<string> PrintThroughGraphQLJsAsync(Uri endpoint)
    {
        using var report = await NodeHarness.RunAsync("introspection.mjs", "--url", endpoint.ToString());
        var root = report.RootElement;
        Assert.False(root.TryGetProperty("error", out var error), $"graphql-js could not build a schema from our introspection: {error}");
        return root.GetProperty("sdl").GetString()!;
    }
}
