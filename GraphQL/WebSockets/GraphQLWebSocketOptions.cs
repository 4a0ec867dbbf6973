using System.Security.Claims;

namespace Sipas.GraphQL.WebSockets;

/// <summary>Settings of the <c>graphql-transport-ws</c> protocol.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client has, after the upgrade, to be acknowledged (else close 4408). Default: 3 seconds, as graphql-ws.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the server sends WebSocket keep-alive frames. Default: 30 seconds.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest message accepted, in bytes; larger ones close the socket with 1009. Default: 1 MiB.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Authenticates a connection at <c>connection_init</c>: returns the user the connection's operations run as, or
    /// null to refuse it (close 4403 Forbidden). When not set, the connection runs as the user of the upgrade request.
    /// </summary>
    public Func<GraphQLConnectContext, ValueTask<ClaimsPrincipal?>>? OnConnect { get; set; }
}
