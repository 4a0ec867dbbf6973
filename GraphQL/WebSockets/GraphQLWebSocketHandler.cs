using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sipas.GraphQL.WebSockets;

/// <summary>Accepts <c>graphql-transport-ws</c> upgrades and runs one session per socket.</summary>
internal sealed class GraphQLWebSocketHandler(GraphQLExecutor executor, GraphQLWebSocketOptions options, ILogger logger, TimeProvider timeProvider)
{
    public async Task HandleAsync(HttpContext context)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWsCloseCodes.Subprotocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = offered ? GraphQLTransportWsCloseCodes.Subprotocol : null,
            KeepAliveInterval = options.KeepAliveInterval,
        });
        if (!offered)
        {
            await socket.CloseAsync((WebSocketCloseStatus)GraphQLTransportWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        var session = new GraphQLWebSocketSession(socket, context, executor, options, logger, timeProvider);
        await session.RunAsync(context.RequestAborted);
    }
}
