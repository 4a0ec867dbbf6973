using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Sipas.Dashboard.Tests.Infrastructure;

/// <summary>
/// A SignalR client written against the protocol itself (the .NET client is not on NuGet here): a WebSocket without
/// negotiation, the JSON hub protocol, records ended by 0x1E. Invocations wait for their completion; server calls
/// (<c>figures</c>, <c>alert</c>) queue per target.
/// </summary>
public sealed class RawHubClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<HubReply>> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _received = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly MemoryStream _pending = new();
    private Task _reading = Task.CompletedTask;
    private int _nextId;

    private RawHubClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>The handshake response (<c>{}</c> when accepted).</summary>
    public string Handshake { get; private set; } = "";

    /// <summary>Opens a socket to <c>/hubs/live</c> with <paramref name="key"/> (none: anonymous) and completes the handshake.</summary>
    public static async Task<RawHubClient> ConnectAsync(Uri baseAddress, string? key)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var query = key is null ? "" : $"?access_token={Uri.EscapeDataString(key)}";
        var address = new UriBuilder(new Uri(baseAddress, "/hubs/live" + query)) { Scheme = "ws" }.Uri;
        var client = new RawHubClient(socket);
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(address, timeout.Token);
        await client.SendAsync("""{"protocol":"json","version":1}""", timeout.Token);
        client.Handshake = (await client.ReadRecordsAsync(timeout.Token))[0];
        client._reading = client.ReadLoopAsync();
        return client;
    }

    /// <summary>The status the server answered a refused WebSocket upgrade with.</summary>
    public static async Task<HttpStatusCode> RefusedStatusAsync(Uri baseAddress, string? key)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var query = key is null ? "" : $"?access_token={Uri.EscapeDataString(key)}";
        var address = new UriBuilder(new Uri(baseAddress, "/hubs/live" + query)) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await socket.ConnectAsync(address, timeout.Token);
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }

        throw new InvalidOperationException("The WebSocket upgrade was accepted.");
    }

    /// <summary>Invokes a hub method and waits for its completion.</summary>
    public async Task<HubReply> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reply = new TaskCompletionSource<HubReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = reply;
        var message = JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments });
        await SendAsync(message, _stop.Token);
        return await reply.Task.WaitAsync(Patience);
    }

    /// <summary>The next <paramref name="target"/> call the server made (waits up to <see cref="Patience"/>).</summary>
    public async Task<JsonElement> NextAsync(string target)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            return await Queue(target).Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No '{target}' message within {Patience}.");
        }
    }

    /// <summary>Reads <paramref name="target"/> calls until one satisfies <paramref name="done"/>; returns them all.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReceiveUntilAsync(string target, Func<JsonElement, bool> done)
    {
        var received = new List<JsonElement>();
        while (true)
        {
            var message = await NextAsync(target);
            received.Add(message);
            if (done(message))
            {
                return received;
            }
        }
    }

    /// <summary>The <paramref name="target"/> calls received and not read yet.</summary>
    public IReadOnlyList<JsonElement> Drain(string target)
    {
        var drained = new List<JsonElement>();
        while (Queue(target).Reader.TryRead(out var message))
        {
            drained.Add(message);
        }

        return drained;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server may have closed first.
            }
        }

        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
        await _pending.DisposeAsync();
    }

    private Channel<JsonElement> Queue(string target) => _received.GetOrAdd(target, _ => Channel.CreateUnbounded<JsonElement>());

    private async Task SendAsync(string record, CancellationToken cancellationToken) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(record + RecordSeparator), WebSocketMessageType.Text, true, cancellationToken);

    private async Task ReadLoopAsync()
    {
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            foreach (var record in await ReadRecordsAsync(_stop.Token))
            {
                using var document = JsonDocument.Parse(record);
                var root = document.RootElement;
                switch (root.GetProperty("type").GetInt32())
                {
                    case 1:
                        var arguments = root.GetProperty("arguments");
                        Queue(root.GetProperty("target").GetString()!).Writer.TryWrite(arguments[0].Clone());
                        break;
                    case 3 when _calls.TryRemove(root.GetProperty("invocationId").GetString()!, out var call):
                        call.TrySetResult(new HubReply(
                            root.TryGetProperty("result", out var result) ? result.Clone() : default,
                            root.TryGetProperty("error", out var error) ? error.GetString() : null));
                        break;
                    case 7:
                        return; // close
                    default:
                        break; // pings
                }
            }
        }
    }

    private async Task<List<string>> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        // Bytes, not text: a frame may end inside a multi-byte character; 0x1E never occurs inside one.
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (read.MessageType == WebSocketMessageType.Close)
            {
                return [];
            }

            _pending.Write(buffer, 0, read.Count);
            var bytes = _pending.ToArray();
            var end = Array.LastIndexOf(bytes, (byte)RecordSeparator);
            if (end < 0)
            {
                continue;
            }

            _pending.SetLength(0);
            _pending.Write(bytes, end + 1, bytes.Length - end - 1);
            return [.. Encoding.UTF8.GetString(bytes, 0, end).Split(RecordSeparator)];
        }
    }
}
