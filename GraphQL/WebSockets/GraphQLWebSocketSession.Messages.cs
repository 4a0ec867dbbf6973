using System.Collections.Concurrent;
using System.Text.Json;

namespace Sipas.GraphQL.WebSockets;

/// <summary>Dispatch of the client's messages.</summary>
internal sealed partial class GraphQLWebSocketSession
{
    private async Task HandleMessageAsync(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var typeElement)
                || typeElement.ValueKind != JsonValueKind.String
                || JsonText.FindInvalid(root, "message") is not null)
            {
                await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Invalid message received");
                return;
            }

            var type = typeElement.GetString();
            var handled = type switch
            {
                "connection_init" => OnConnectionInitAsync(root),
                "ping" => SendAsync("pong", WriteTypeOnly),
                "pong" => Task.CompletedTask,
                "subscribe" => OnSubscribeAsync(root),
                "complete" => OnCompleteAsync(root),
                _ => CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, $"Unexpected message of type {type} received"),
            };
            await handled;
        }
    }

    private async Task OnConnectionInitAsync(JsonElement message)
    {
        if (_initReceived)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        if (!TryGetPayload(message, out var payload))
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        var user = _options.OnConnect is null
            ? _httpContext.User
            : await _options.OnConnect(new GraphQLConnectContext(_httpContext, payload));
        if (user is null)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        _user = user;
        _acknowledged = true;
        await SendAsync("connection_ack", WriteTypeOnly);
    }

    private async Task OnSubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var id = GetId(message);
        var request = id is null ? null : ReadRequest(message);
        if (id is null || request is null)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_sessionCancellation.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(GraphQLTransportWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        // Runs beside the receive loop so that "complete" and "ping" keep flowing while it streams.
        var running = RunOperationAsync(id, request, cancellation);
        if (!running.IsCompleted)
        {
            _running.TryAdd(running, true);
            _ = running.ContinueWith(static (task, state) => ((ConcurrentDictionary<Task, bool>)state!).TryRemove(task, out _), _running, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task OnCompleteAsync(JsonElement message)
    {
        var id = GetId(message);
        if (id is null)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        if (_operations.TryRemove(id, out var cancellation))
        {
            await CancelQuietlyAsync(cancellation);
        }
    }

    private static string? GetId(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    private static bool TryGetPayload(JsonElement message, out JsonElement? payload)
    {
        payload = null;
        if (!message.TryGetProperty("payload", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        payload = value;
        return value.ValueKind == JsonValueKind.Object;
    }

    /// <summary>Reads a subscribe payload; the JSON is cloned because the operation outlives the message.</summary>
    private static GraphQLRequest? ReadRequest(JsonElement message)
    {
        if (!message.TryGetProperty("payload", out var payload)
            || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("query", out var query)
            || query.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var operationName = payload.TryGetProperty("operationName", out var name) ? name : default;
        var variables = payload.TryGetProperty("variables", out var vars) ? vars : default;
        var extensions = payload.TryGetProperty("extensions", out var ext) ? ext : default;
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String)
            || variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object)
            || extensions.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return null;
        }

        return new GraphQLRequest(
            query.GetString()!,
            operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
            variables.ValueKind == JsonValueKind.Object ? variables.Clone() : null,
            extensions.ValueKind == JsonValueKind.Object ? extensions.Clone() : null);
    }

    private static void WriteTypeOnly(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }
}
