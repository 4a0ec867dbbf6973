using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;

namespace Sipas.Silo.Tests.Alerts;

/// <summary>
/// The dashboard hub (/hubs/live) as a client sees it, spoken in SignalR's JSON protocol over the test server's
/// WebSocket: joins a scope and queues the arguments of every <c>alert</c> message.
/// </summary>
internal sealed class HubAlerts : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly WebSocket _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<JsonElement> _alerts = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<JsonElement> _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private HubAlerts(WebSocket socket)
    {
        _socket = socket;
        _reading = ReadAsync();
    }

    public static async Task<HubAlerts> JoinAsync(TestServer server, string key, string scope)
    {
        var client = server.CreateWebSocketClient();
        var socket = await client.ConnectAsync(new Uri($"ws://localhost/hubs/live?access_token={Uri.EscapeDataString(key)}"), CancellationToken.None);
        await SendAsync(socket, """{"protocol":"json","version":1}""");
        var hub = new HubAlerts(socket);
        await SendAsync(socket, $$"""{"type":1,"invocationId":"1","target":"Join","arguments":["{{scope}}","30d"]}""");

        // Alerts are routed to connections that have joined: wait for the completion before anything can fire.
        var completion = await hub._joined.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(completion.TryGetProperty("error", out var error), $"Join failed: {error}");
        return hub;
    }

    /// <summary>The next alert message whose transition matches (60 s at most).</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var transition = await _alerts.Reader.ReadAsync(timeout.Token);
            if (match(transition))
            {
                return transition;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private static Task SendAsync(WebSocket socket, string record) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(record + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var read = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (read.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            pending.Append(Encoding.UTF8.GetString(buffer, 0, read.Count));
            var text = pending.ToString();
            var end = text.LastIndexOf(RecordSeparator);
            if (end < 0)
            {
                continue;
            }

            pending.Clear().Append(text[(end + 1)..]);
            foreach (var record in text[..end].Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(record);
                var root = json.RootElement;
                if (root.TryGetProperty("type", out var type) && type.GetInt32() == 3)
                {
                    _joined.TrySetResult(root.Clone());
                }
                else if (root.TryGetProperty("target", out var target) && target.GetString() == "alert")
                {
                    // The hub sends AlertMessage(sequence, transition).
                    var message = root.GetProperty("arguments")[0];
                    _alerts.Writer.TryWrite((message.TryGetProperty("transition", out var t) ? t : message).Clone());
                }
            }
        }
    }
}
