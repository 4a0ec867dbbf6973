using System.Diagnostics;
using System.Text.Json;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Benchmarks;

/// <summary>Parse + validate + execute in process, one operation after another (as graphql-js's graphql() runs).</summary>
internal static class InProcessBench
{
    private const int Rounds = 5;

    /// <summary>Times one query; with <paramref name="cacheDocuments"/> false every operation parses and validates again.</summary>
    public static async Task<Measurement> RunAsync(Schema schema, string query, string? variablesJson, bool cacheDocuments, TimeSpan duration)
    {
        var executor = new GraphQLExecutor(schema, new GraphQLExecutorOptions
        {
            DocumentCacheSize = cacheDocuments ? 1_000 : 1,
            MaxDepth = 64,
            MaxFieldCost = int.MaxValue,
            MaxAliases = int.MaxValue,
        });
        using var variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson);

        // Without the cache, each operation gets a text of its own (a trailing comment), so that it is parsed and
        // validated again, as graphql() does in graphql-js.
        var requests = Enumerable.Range(0, cacheDocuments ? 1 : 1024)
            .Select(i => new GraphQLRequest(cacheDocuments ? query : $"{query}\n# {i}", null, variables?.RootElement))
            .ToArray();
        var context = new RequestContext();

        var first = await executor.ExecuteAsync(executor.Prepare(requests[0]), context, CancellationToken.None);
        if (first.Errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark query fails: " + first.ToJson());
        }

        // A warm-up, then the median of five rounds: neighbours on a shared machine make single runs noisy.
        await LoopAsync(executor, requests, context, duration / 3);
        var rounds = new List<Measurement>();
        for (var round = 0; round < Rounds; round++)
        {
            rounds.Add(await LoopAsync(executor, requests, context, duration / Rounds));
        }

        return Median(rounds);
    }

    private static Measurement Median(List<Measurement> rounds)
    {
        var byCpu = rounds.OrderBy(r => r.CpuMicrosecondsPerOperation).ToList();
        return byCpu[byCpu.Count / 2];
    }

    private static async Task<Measurement> LoopAsync(GraphQLExecutor executor, GraphQLRequest[] requests, RequestContext context, TimeSpan duration)
    {
        long operations = 0;
        using var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 50; i++)
            {
                var prepared = executor.Prepare(requests[(operations + i) % requests.Length]);
                await executor.ExecuteAsync(prepared, context, CancellationToken.None);
            }

            operations += 50;
        }

        var elapsed = clock.Elapsed;
        process.Refresh();
        return new Measurement(operations, elapsed, process.TotalProcessorTime - cpuStart);
    }
}
