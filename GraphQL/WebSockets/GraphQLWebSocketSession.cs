using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sipas.GraphQL.WebSockets;

/// <summary>One <c>graphql-transport-ws</c> connection: the receive loop, the init timeout and the running operations.</summary>
internal sealed partial class GraphQLWebSocketSession
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);
    private readonly WebSocket _socket;
    private readonly HttpContext _httpContext;
    private readonly GraphQLExecutor _executor;
    private readonly GraphQLWebSocketOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _sessionCancellation = new();
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private ClaimsPrincipal? _user;
    private bool _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _closing;

    public GraphQLWebSocketSession(WebSocket socket, HttpContext httpContext, GraphQLExecutor executor, GraphQLWebSocketOptions options, ILogger logger, TimeProvider timeProvider)
    {
        _socket = socket;
        _httpContext = httpContext;
        _executor = executor;
        _options = options;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _sessionCancellation.Token);
        var initTimeout = CloseIfNotAcknowledgedAsync(linked.Token);
        try
        {
            await ReceiveLoopAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            // The request was aborted or the close handshake timed out.
        }
        catch (WebSocketException exception)
        {
            Log.SocketFailed(_logger, exception);
        }
        finally
        {
            await _sessionCancellation.CancelAsync();
            await CancelOperationsAsync();

            await initTimeout;

            // Operations may still be sending; the socket is disposed only after they stop.
            await Task.WhenAll(_running.Keys).WaitAsync(CloseHandshakeTimeout, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _sessionCancellation.Dispose();
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (_socket.State == WebSocketState.Open || (_closing && _socket.State == WebSocketState.CloseSent))
        {
            buffer.ResetWrittenCount();
            var message = await ReceiveMessageAsync(buffer, cancellationToken);
            if (message == WebSocketMessageType.Close)
            {
                await AnswerCloseAsync();
                return;
            }

            if (_closing)
            {
                continue;
            }

            if (message == WebSocketMessageType.Binary)
            {
                await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Binary messages are not supported");
                continue;
            }

            if (buffer.WrittenCount > _options.MaxMessageBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                continue;
            }

            await HandleMessageAsync(buffer.WrittenMemory);
        }
    }

    private async Task<WebSocketMessageType> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return WebSocketMessageType.Close;
            }

            // Past the limit, keep draining the message without storing it.
            if (buffer.WrittenCount <= _options.MaxMessageBytes)
            {
                buffer.Advance(result.Count);
            }

            if (result.EndOfMessage)
            {
                return result.MessageType;
            }
        }
    }

    private async Task CloseIfNotAcknowledgedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.ConnectionInitWaitTimeout, _timeProvider, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_acknowledged)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    /// <summary>Starts the close handshake; the receive loop ends when the client answers or after a timeout.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (_closing)
        {
            return;
        }

        _closing = true;
        Log.Closing(_logger, code, reason);
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // The peer is gone already.
        }
        finally
        {
            _sendLock.Release();
        }

        try
        {
            _sessionCancellation.CancelAfter(CloseHandshakeTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The session has ended.
        }

        await CancelOperationsAsync();
    }

    /// <summary>Answers a close the client started (RFC 6455 5.5.1), echoing its code, so that it ends cleanly.</summary>
    private async Task AnswerCloseAsync()
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // The peer is gone already.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CancelOperationsAsync()
    {
        foreach (var operation in _operations.Values)
        {
            await CancelQuietlyAsync(operation);
        }
    }

    /// <summary>Cancels an operation that may have ended (and disposed its source) meanwhile.</summary>
    private static async Task CancelQuietlyAsync(CancellationTokenSource operation)
    {
        try
        {
            await operation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // It completed on its own.
        }
    }

    private async Task SendAsync<T>(T state, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open && !_closing)
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            Log.SocketFailed(_logger, exception);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
