using System.Runtime.CompilerServices;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private sealed record Rating(string Unit, int Score);

    private static async IAsyncEnumerable<Rating> Ratings(string unit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 1; i <= 3; i++)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return new Rating(unit, i);
        }
    }

    private static readonly Schema Schema = new SchemaBuilder()
        .Query("Query", q => q.Field("hello", "String"))
        .Subscription("Subscription", s => s
            .Field("rated", "Rating!", f => f
                .Argument("unit", "String!")
                .Subscribe(c => c.Argument<string>("unit") == "bad" ? throw new GraphQLException("Unknown unit.", "NOT_FOUND") : Ratings(c.Argument<string>("unit"), c.CancellationToken))))
        .Object("Rating", o => o
            .Field("unit", "String!")
            .Field("score", "Int!")
            .Field("double", "Int!", f => f.Resolve(c => c.Parent<Rating>().Score * 2)))
        .Build();

    [Fact]
    public async Task SubscribeAsync_SourceStream_ExecutesSelectionPerEvent()
    {
        var executor = new GraphQLExecutor(Schema);
        var prepared = executor.Prepare(new GraphQLRequest("subscription { rated(unit: \"01\") { unit score double } }"));

        var subscription = await executor.SubscribeAsync(prepared, new RequestContext(), default);
        var events = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            events.Add(result.ToJson());
        }

        Assert.Equal(Sipas.GraphQL.Language.OperationType.Subscription, prepared.OperationType);
        Assert.Equal(
            [
                """{"data":{"rated":{"unit":"01","score":1,"double":2}}}""",
                """{"data":{"rated":{"unit":"01","score":2,"double":4}}}""",
                """{"data":{"rated":{"unit":"01","score":3,"double":6}}}""",
            ],
            events);
    }

    [Fact]
    public async Task SubscribeAsync_SourceFails_ReturnsImmediateError()
    {
        var executor = new GraphQLExecutor(Schema);
        var prepared = executor.Prepare(new GraphQLRequest("subscription { rated(unit: \"bad\") { score } }"));

        var subscription = await executor.SubscribeAsync(prepared, new RequestContext(), default);

        Assert.False(subscription.IsSubscribed);
        Assert.Equal("""{"errors":[{"message":"Unknown unit.","locations":[{"line":1,"column":16}],"path":["rated"],"extensions":{"code":"NOT_FOUND"}}]}""", subscription.Error!.ToJson());
    }

    [Fact]
    public async Task SubscribeAsync_Cancelled_EndsTheStream()
    {
        var executor = new GraphQLExecutor(Schema);
        var prepared = executor.Prepare(new GraphQLRequest("subscription { rated(unit: \"01\") { score } }"));
        using var cts = new CancellationTokenSource();

        var subscription = await executor.SubscribeAsync(prepared, new RequestContext(), cts.Token);
        var received = 0;
        var ended = await Record.ExceptionAsync(async () =>
        {
            await foreach (var unused in subscription.Stream!)
            {
                received++;
                await cts.CancelAsync();
            }
        });

        Assert.Equal(1, received);
        Assert.IsAssignableFrom<OperationCanceledException>(ended);
    }
}
