using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ExecuteAsync_QueryFields_RunConcurrently()
    {
        // Each field waits for the other: only concurrent execution completes.
        var a = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var b = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .Query("Query", q => q
                .Field("a", "String", f => f.ResolveAsync(async c =>
                {
                    a.SetResult();
                    await b.Task.WaitAsync(c.CancellationToken);
                    return "a";
                }))
                .Field("b", "String", f => f.ResolveAsync(async c =>
                {
                    b.SetResult();
                    await a.Task.WaitAsync(c.CancellationToken);
                    return "b";
                })))
            .Build();
        var options = new GraphQLExecutorOptions { ExecutionTimeout = TimeSpan.FromSeconds(20) };

        var json = await GraphQLTestHost.RunAsync(schema, "{ b a }", options: options);

        Assert.Equal("""{"data":{"b":"b","a":"a"}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_Mutation_RunsRootFieldsSerially()
    {
        var log = new List<string>();
        var counter = 0;
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("count", "Int", f => f.Resolve(_ => counter)))
            .Mutation("Mutation", m => m
                .Field("slow", "Int", f => f.ResolveAsync(async _ =>
                {
                    log.Add("slow start");
                    await Task.Delay(50);
                    log.Add("slow end");
                    return ++counter;
                }))
                .Field("fast", "Int", f => f.Resolve(_ =>
                {
                    log.Add("fast");
                    return ++counter;
                })))
            .Build();

        var json = await GraphQLTestHost.RunAsync(schema, "mutation { first: slow second: fast third: slow }");

        Assert.Equal("""{"data":{"first":1,"second":2,"third":3}}""", json);
        Assert.Equal(["slow start", "slow end", "fast", "slow start", "slow end"], log);
    }

    [Fact]
    public async Task ExecuteAsync_SameDocumentInParallel_SharesPlansSafely()
    {
        var executor = new GraphQLExecutor(TestSchema.Create());
        const string query = "{ units { code parent { name } } pets { name ... on Dog { barks } ... on Cat { lives } } search { __typename } }";
        var expected = (await GraphQLTestHost.ExecuteAsync(executor, query)).ToJson();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => GraphQLTestHost.ExecuteAsync(executor, query))));

        Assert.All(results, r => Assert.Equal(expected, r.ToJson()));
    }
}
