using System.Diagnostics;
using System.Text.Json;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Benchmarks;

/// <summary>Parse + validate + execute in process, one operation after another (as graphql-js's graphql() runs).</summary>
internal static class InProcessBench
{
    /// <summary>Times one query; with <paramref name="cacheDocuments"/> false every operation parses and validates again.</summary>
    public static async Task<Measurement> RunAsync(Schema schema, string query, string? variablesJson, bool cacheDocuments, TimeSpan duration)
    {
        var executor = new GraphQLExecutor(schema, new GraphQLExecutorOptions
        {
            DocumentCacheSize = cacheDocuments ? 1_000 : 0,
            MaxDepth = 64,
            MaxFieldCost = int.MaxValue,
            MaxAliases = int.MaxValue,
        });
        using var variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson);
        var request = new GraphQLRequest(query, null, variables?.RootElement);
        var context = new RequestContext();

        var first = await executor.ExecuteAsync(executor.Prepare(request), context, CancellationToken.None);
        if (first.Errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark query fails: " + first.ToJson());
        }

        await LoopAsync(executor, request, context, duration / 3);
        return await LoopAsync(executor, request, context, duration);
    }

    private static async Task<Measurement> LoopAsync(GraphQLExecutor executor, GraphQLRequest request, RequestContext context, TimeSpan duration)
    {
        long operations = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 50; i++)
            {
                var prepared = executor.Prepare(request);
                await executor.ExecuteAsync(prepared, context, CancellationToken.None);
            }

            operations += 50;
        }

        return new Measurement(operations, clock.Elapsed);
    }
}
