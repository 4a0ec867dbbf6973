using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>Plays a <see cref="HostileSocketCase"/> against <c>/graphql</c> and judges how the server ends it.</summary>
internal static class HostileSocketRunner
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(TestServer server, string key, HostileSocketCase hostile, HostileRunChecker checker)
    {
        checker.Count(hostile.Category);
        var client = server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (hostile.SendKey)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = "Bearer " + key;
        }

        using var timeout = new CancellationTokenSource(Patience);
        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = HostileInputGenerator.GraphQLPath }.Uri;
        using var socket = await client.ConnectAsync(uri, timeout.Token);
        var awaited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var frame in hostile.Frames)
        {
            awaited.UnionWith(SubscribeId(frame));
            if (!await TrySendAsync(socket, frame.Data, frame.Binary, timeout.Token))
            {
                break;
            }
        }

        var pinged = false;
        while (true)
        {
            if (awaited.Count == 0 && !pinged)
            {
                pinged = true;
                await TrySendAsync(socket, """{"type":"ping"}"""u8.ToArray(), binary: false, timeout.Token);
            }

            var message = await ReceiveAsync(socket, timeout.Token);
            if (message is null)
            {
                CheckClose(hostile, socket, checker);
                return;
            }

            using var document = JsonDocument.Parse(message);
            var type = document.RootElement.GetProperty("type").GetString();
            var id = document.RootElement.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            if (type == "error" && !HostileRunChecker.AllMessagesSaySomething(document.RootElement.GetProperty("payload")))
            {
                checker.Fail(hostile.Category, "an operation error without a message: " + message);
            }

            if (type == "next" && document.RootElement.GetProperty("payload").TryGetProperty("errors", out var errors) && !HostileRunChecker.AllMessagesSaySomething(errors))
            {
                checker.Fail(hostile.Category, "a result error without a message: " + message);
            }

            if (type is "error" or "complete" && id is not null)
            {
                awaited.Remove(id);
            }

            if (type == "pong")
            {
                if (!hostile.AllowOpen)
                {
                    checker.Fail(hostile.Category, $"connection left open, expected close {string.Join("/", hostile.CloseCodes)}");
                }

                // The full close handshake: the server must answer it.
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                return;
            }
        }
    }

    private static void CheckClose(HostileSocketCase hostile, WebSocket socket, HostileRunChecker checker)
    {
        var code = (int?)socket.CloseStatus;
        if (code is null || !hostile.CloseCodes.Contains(code.Value))
        {
            checker.Fail(hostile.Category, $"closed with {code} '{socket.CloseStatusDescription}', expected {(hostile.CloseCodes.Count == 0 ? "to stay open" : string.Join("/", hostile.CloseCodes))}");
        }
        else if (string.IsNullOrWhiteSpace(socket.CloseStatusDescription))
        {
            checker.Fail(hostile.Category, $"closed with {code} without a reason");
        }
    }

    private static IEnumerable<string> SubscribeId(SocketFrame frame)
    {
        if (frame.Binary)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(frame.Data);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "subscribe"
                && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
                ? [value]
                : [];
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return [];
        }
    }

    private static async Task<bool> TrySendAsync(WebSocket socket, byte[] data, bool binary, CancellationToken cancellationToken)
    {
        if (socket.State != WebSocketState.Open)
        {
            return false;
        }

        try
        {
            await socket.SendAsync(data, binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or InvalidOperationException or IOException)
        {
            // The server closed while the client was still sending: its close frame says why.
            return false;
        }
    }

    /// <summary>The next text message, or null once the server has closed (the close handshake is completed).</summary>
    private static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
