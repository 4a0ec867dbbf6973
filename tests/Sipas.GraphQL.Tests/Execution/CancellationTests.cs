using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Execution;

public sealed class CancellationTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Query("Query", q => q
            .Field("fast", "String", f => f.Resolve(_ => "fast"))
            .Field("forever", "String", f => f.ResolveAsync(async c =>
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            })))
        .Build();

    [Fact]
    public async Task ExecuteAsync_ExecutionTimeout_CancelsResolversAndReturnsLimitError()
    {
        var options = new GraphQLExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) };

        var json = await GraphQLTestHost.RunAsync(Schema, "{ fast forever }", options: options);

        Assert.Equal("""{"errors":[{"message":"Execution timed out after 100 ms.","extensions":{"code":"LIMIT_EXCEEDED","limit":"timeout"}}],"data":null}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_ClientCancels_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var executor = new GraphQLExecutor(Schema);
        var prepared = executor.Prepare(new GraphQLRequest("{ forever }"));

        var execution = executor.ExecuteAsync(prepared, new RequestContext(), cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }
}
