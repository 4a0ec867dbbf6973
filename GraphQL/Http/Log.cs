using Microsoft.Extensions.Logging;

namespace Sipas.GraphQL.Http;

/// <summary>Log messages of the HTTP transport.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "GraphQL request rejected with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string reason);
}
