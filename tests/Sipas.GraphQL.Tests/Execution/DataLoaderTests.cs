using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private sealed class Counters
    {
        public int ScoreBatches;
        public int ScoreKeys;
        public int ParentBatches;
    }

    private static Schema CreateSchema(Counters counters) => new SchemaBuilder()
        .Query("Query", q => q.Field("units", "[Unit!]!", f => f.Resolve(_ => Enumerable.Range(1, 34).Select(i => $"{i:00}").ToArray())))
        .Object("Unit", o => o
            .Field("code", "String!", f => f.Resolve(c => c.Parent<string>()))
            .Field("score", "Float", f => f.ResolveTask(c => ScoreLoader(c, counters).LoadAsync(c.Parent<string>())))
            .Field("parent", "Unit", f => f.ResolveTask(async c =>
            {
                // An async step before the load: the key is queued late and still joins a batch.
                await Task.Yield();
                return await ParentLoader(c, counters).LoadAsync(c.Parent<string>());
            })))
        .Build();

    private static DataLoader<string, double> ScoreLoader(ResolveContext context, Counters counters) =>
        context.GetDataLoader<string, double>("score", (keys, ct) =>
        {
            Interlocked.Increment(ref counters.ScoreBatches);
            Interlocked.Add(ref counters.ScoreKeys, keys.Count);
            return ValueTask.FromResult<IReadOnlyDictionary<string, double>>(keys.ToDictionary(k => k, k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture) / 2.0));
        });

    private static DataLoader<string, string?> ParentLoader(ResolveContext context, Counters counters) =>
        context.GetDataLoader<string, string?>("parent", async (keys, ct) =>
        {
            Interlocked.Increment(ref counters.ParentBatches);
            await Task.Delay(1, ct);
            return keys.ToDictionary(k => k, k => k == "00" ? null : (string?)"00");
        });

    [Fact]
    public async Task ExecuteAsync_ScoreOf34Units_CallsTheBatchOnce()
    {
        var counters = new Counters();

        var result = await GraphQLTestHost.ExecuteAsync(new GraphQLExecutor(CreateSchema(counters)), "{ units { code score } }");

        var units = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Data!["units"]);
        Assert.Equal(34, units.Count);
        Assert.Equal(17.0, ((IReadOnlyDictionary<string, object?>)units[33]!)["score"]);
        Assert.Equal((1, 34), (counters.ScoreBatches, counters.ScoreKeys));
    }

    [Fact]
    public async Task ExecuteAsync_LoadsQueuedAfterAnAwait_BatchPerLevel()
    {
        var counters = new Counters();

        var result = await GraphQLTestHost.ExecuteAsync(new GraphQLExecutor(CreateSchema(counters)), "{ units { parent { code score parent { code } } } }");

        Assert.Empty(result.Errors);
        Assert.Equal(2, counters.ParentBatches);
        Assert.Equal((1, 1), (counters.ScoreBatches, counters.ScoreKeys));
    }

    [Fact]
    public async Task ExecuteAsync_SameKeyTwice_LoadsItOnce()
    {
        var counters = new Counters();

        await GraphQLTestHost.ExecuteAsync(new GraphQLExecutor(CreateSchema(counters)), "{ units { a: score b: score } }");

        Assert.Equal((1, 34), (counters.ScoreBatches, counters.ScoreKeys));
    }
}
