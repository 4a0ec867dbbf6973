using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Sipas.Conformance.Tests.WebSockets;

/// <summary>A raw graphql-transport-ws client over <see cref="ClientWebSocket"/>, for protocol tests.</summary>
internal sealed class TransportWsClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<TransportWsClient> ConnectAsync(Uri httpEndpoint, string? subprotocol = "graphql-transport-ws")
    {
        var client = new TransportWsClient();
        if (subprotocol is not null)
        {
            client._socket.Options.AddSubProtocol(subprotocol);
        }

        var builder = new UriBuilder(httpEndpoint) { Scheme = httpEndpoint.Scheme == "https" ? "wss" : "ws" };
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await client._socket.ConnectAsync(builder.Uri, timeout.Token);
        return client;
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public async Task SendRawAsync(string text)
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        using var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack!.RootElement.GetProperty("type").GetString());
    }

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonDocument?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray());
            }
        }
    }

    /// <summary>Reads until the server closes and returns its close code.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is { } message)
        {
            message.Dispose();
        }

        return (int)_socket.CloseStatus!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(ReceiveTimeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (WebSocketException)
            {
                // The server is gone already.
            }
        }

        _socket.Dispose();
    }
}
