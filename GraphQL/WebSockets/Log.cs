using Microsoft.Extensions.Logging;

namespace Sipas.GraphQL.WebSockets;

/// <summary>Log messages of the WebSocket transport.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "graphql-transport-ws closing with {Code}: {Reason}")]
    public static partial void Closing(ILogger logger, int code, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "graphql-transport-ws socket failed")]
    public static partial void SocketFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "graphql-transport-ws operation {Id} failed")]
    public static partial void OperationFailed(ILogger logger, string id, Exception exception);
}
