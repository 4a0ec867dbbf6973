using Sipas.GraphQL.WebSockets;

namespace Sipas.GraphQL.Http;

/// <summary>How a GraphQL endpoint mapped by <see cref="GraphQLEndpointRouteBuilderExtensions"/> behaves.</summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>Whether queries may be sent with GET (mutations never are). Default: true.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether a browser asking for HTML gets the GraphiQL IDE. Default: true.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Whether WebSocket upgrades with the <c>graphql-transport-ws</c> subprotocol are accepted. Default: true.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes; larger ones get 413. Default: 8 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The <c>graphql-transport-ws</c> settings.</summary>
    public GraphQLWebSocketOptions WebSockets { get; } = new();
}
