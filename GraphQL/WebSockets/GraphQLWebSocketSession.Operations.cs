using System.Text.Json;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Language;

namespace Sipas.GraphQL.WebSockets;

/// <summary>Running one operation of a connection: next… then complete, or error.</summary>
internal sealed partial class GraphQLWebSocketSession
{
    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        try
        {
            var prepared = _executor.Prepare(request);
            if (!prepared.IsValid)
            {
                await SendAsync((id, prepared.Errors), static (writer, state) =>
                {
                    WriteEnvelopeStart(writer, "error", state.id);
                    writer.WritePropertyName("payload");
                    ResultWriter.WriteErrors(writer, state.Errors);
                    writer.WriteEndObject();
                });
                return;
            }

            var context = new RequestContext(_httpContext.RequestServices, _user);
            if (prepared.OperationType == OperationType.Subscription)
            {
                await StreamAsync(id, prepared, context, cancellation.Token);
            }
            else
            {
                var result = await _executor.ExecuteAsync(prepared, context, cancellation.Token);
                await SendNextAsync(id, result);
            }

            if (!cancellation.IsCancellationRequested)
            {
                await SendAsync(id, static (writer, id) =>
                {
                    WriteEnvelopeStart(writer, "complete", id);
                    writer.WriteEndObject();
                });
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client completed the operation or the connection closed.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.OperationFailed(_logger, id, exception);
            await CloseAsync(GraphQLTransportWsCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private async Task StreamAsync(string id, PreparedRequest prepared, RequestContext context, CancellationToken cancellationToken)
    {
        var subscription = await _executor.SubscribeAsync(prepared, context, cancellationToken);
        if (subscription.Stream is null)
        {
            await SendNextAsync(id, subscription.Error!);
            return;
        }

        await foreach (var result in subscription.Stream.WithCancellation(cancellationToken))
        {
            await SendNextAsync(id, result);
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) =>
        SendAsync((id, result), static (writer, state) =>
        {
            WriteEnvelopeStart(writer, "next", state.id);
            writer.WritePropertyName("payload");
            state.result.WriteTo(writer);
            writer.WriteEndObject();
        });

    private static void WriteEnvelopeStart(Utf8JsonWriter writer, string type, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", type);
    }
}
