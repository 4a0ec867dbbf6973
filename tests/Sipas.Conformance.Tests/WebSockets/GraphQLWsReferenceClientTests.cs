using Sipas.Conformance.Tests.Infrastructure;

namespace Sipas.Conformance.Tests.WebSockets;

/// <summary>The reference client (npm graphql-ws) against our graphql-transport-ws server.</summary>
public sealed class GraphQLWsReferenceClientTests(WebSocketHostFixture host) : IClassFixture<WebSocketHostFixture>
{
    [Fact]
    public async Task Iterate_TicksWithValidToken_ReceivesEveryTickThenCompletes()
    {
        using var report = await NodeHarness.RunAsync("ws-client.mjs", "--url", host.Endpoint.ToString(), "--token", WebSocketHostFixture.Token, "--query", "subscription { ticks(count: 3, intervalMs: 10) }");

        var root = report.RootElement;
        Assert.False(root.TryGetProperty("error", out var error), $"graphql-ws failed: {error}");
        Assert.Equal(
            ["{\"data\":{\"ticks\":1}}", "{\"data\":{\"ticks\":2}}", "{\"data\":{\"ticks\":3}}"],
            root.GetProperty("results").EnumerateArray().Select(r => r.GetRawText()).ToList());
    }

    [Fact]
    public async Task Iterate_WrongToken_ClosedWithForbidden()
    {
        using var report = await NodeHarness.RunAsync("ws-client.mjs", "--url", host.Endpoint.ToString(), "--token", "wrong", "--query", "{ version }");

        var root = report.RootElement;
        Assert.Equal(4403, root.GetProperty("closeCode").GetInt32());
        Assert.Empty(root.GetProperty("results").EnumerateArray());
    }
}
