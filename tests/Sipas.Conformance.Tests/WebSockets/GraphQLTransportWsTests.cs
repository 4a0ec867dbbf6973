using System.Text.Json;

namespace Sipas.Conformance.Tests.WebSockets;

/// <summary>The graphql-transport-ws protocol (enisdenjo/graphql-ws PROTOCOL.md): handshake, close codes, ping/pong, operations.</summary>
public sealed class GraphQLTransportWsTests(WebSocketHostFixture host) : IClassFixture<WebSocketHostFixture>
{
    private static readonly object Auth = new { token = WebSocketHostFixture.Token };

    [Fact]
    public async Task Connect_WithSubprotocol_NegotiatesGraphQLTransportWs()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task Connect_WithoutSubprotocol_Closes4406()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint, subprotocol: null);

        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4406, code);
    }

    [Fact]
    public async Task ConnectionInit_ValidToken_Acknowledged()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);

        await client.SendAsync(new { type = "connection_init", payload = Auth });
        using var message = await client.ReceiveAsync();

        Assert.Equal("connection_ack", message!.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ConnectionInit_RejectedByOnConnect_Closes4403()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "wrong" } });
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task ConnectionInit_Twice_Closes4429()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);

        await client.SendAsync(new { type = "connection_init", payload = Auth });
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4429, code);
    }

    [Fact]
    public async Task ConnectionInit_NotSentWithinTimeout_Closes4408()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);

        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4408, code);
    }

    [Fact]
    public async Task Subscribe_BeforeAcknowledgement_Closes4401()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);

        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ version }" } });
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4401, code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"payload\": {}}")]
    [InlineData("{\"type\": \"what\"}")]
    [InlineData("{\"type\": \"next\", \"id\": \"1\", \"payload\": {}}")]
    public async Task Message_Invalid_Closes4400(string message)
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);

        await client.SendRawAsync(message);
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Subscribe_WithoutQuery_Closes4400()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);

        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { operationName = "x" } });
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Subscribe_IdInUse_Closes4409()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);
        var subscribe = new { id = "same", type = "subscribe", payload = new { query = "subscription { ticks(count: 10, intervalMs: 60000) }" } };

        await client.SendAsync(subscribe);
        await client.SendAsync(subscribe);
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4409, code);
    }

    [Fact]
    public async Task Ping_AnyTime_AnsweredWithPong()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);

        await client.SendAsync(new { type = "ping" });
        using var message = await client.ReceiveAsync();

        Assert.Equal("pong", message!.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_Ticks_StreamsNextThenComplete()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);

        await client.SendAsync(new { id = "t", type = "subscribe", payload = new { query = "subscription { ticks(count: 3, intervalMs: 10) }" } });
        var messages = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var message = await client.ReceiveAsync();
            messages.Add(Summary(message!.RootElement));
        }

        Assert.Equal(["next t {\"data\":{\"ticks\":1}}", "next t {\"data\":{\"ticks\":2}}", "next t {\"data\":{\"ticks\":3}}", "complete t"], messages);
    }

    [Fact]
    public async Task Subscribe_Query_SingleNextThenComplete()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);

        await client.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "query Q($m: String!) { echo(message: $m) }", variables = new { m = "hi" } } });
        using var next = await client.ReceiveAsync();
        using var complete = await client.ReceiveAsync();

        Assert.Equal("next q {\"data\":{\"echo\":\"hi\"}}", Summary(next!.RootElement));
        Assert.Equal("complete q", Summary(complete!.RootElement));
    }

    [Fact]
    public async Task Subscribe_InvalidDocument_SendsErrorMessage()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);

        await client.SendAsync(new { id = "e", type = "subscribe", payload = new { query = "subscription { nope }" } });
        using var message = await client.ReceiveAsync();

        var root = message!.RootElement;
        Assert.Equal("error", root.GetProperty("type").GetString());
        Assert.Equal("e", root.GetProperty("id").GetString());
        Assert.Equal("Cannot query field \"nope\" on type \"Subscription\".", root.GetProperty("payload")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Subscribe_SourceStreamFails_NextWithErrorsThenComplete()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);

        await client.SendAsync(new { id = "f", type = "subscribe", payload = new { query = "subscription { ticks(count: -1) }" } });
        using var next = await client.ReceiveAsync();
        using var complete = await client.ReceiveAsync();

        Assert.Equal("next", next!.RootElement.GetProperty("type").GetString());
        Assert.True(next.RootElement.GetProperty("payload").TryGetProperty("errors", out _));
        Assert.Equal("complete f", Summary(complete!.RootElement));
    }

    [Fact]
    public async Task Complete_FromClient_StopsTheStream()
    {
        await using var client = await TransportWsClient.ConnectAsync(host.Endpoint);
        await client.InitAsync(Auth);
        await client.SendAsync(new { id = "c", type = "subscribe", payload = new { query = "subscription { ticks(count: 1000, intervalMs: 20) }" } });
        using (var first = await client.ReceiveAsync())
        {
            Assert.Equal("next", first!.RootElement.GetProperty("type").GetString());
        }

        await client.SendAsync(new { id = "c", type = "complete" });
        await CountNextsUntilPongAsync(client);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var nextsAfterComplete = await CountNextsUntilPongAsync(client);

        // At most one "next" already on its way when "complete" arrived; a live stream would send about 15.
        Assert.InRange(nextsAfterComplete, 0, 1);
    }

    private static async Task<int> CountNextsUntilPongAsync(TransportWsClient client)
    {
        await client.SendAsync(new { type = "ping" });
        var nexts = 0;
        while (true)
        {
            using var message = await client.ReceiveAsync();
            switch (message!.RootElement.GetProperty("type").GetString())
            {
                case "pong":
                    return nexts;
                case "next":
                    nexts++;
                    break;
            }
        }
    }

    private static string Summary(JsonElement message)
    {
        var text = $"{message.GetProperty("type").GetString()} {message.GetProperty("id").GetString()}";
        return message.TryGetProperty("payload", out var payload) ? $"{text} {payload.GetRawText()}" : text;
    }
}
