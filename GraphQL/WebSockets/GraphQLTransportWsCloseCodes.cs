namespace Sipas.GraphQL.WebSockets;

/// <summary>The close codes of the <c>graphql-transport-ws</c> protocol (enisdenjo/graphql-ws PROTOCOL.md).</summary>
public static class GraphQLTransportWsCloseCodes
{
    /// <summary>An unexpected server failure.</summary>
    public const int InternalServerError = 4500;

    /// <summary>A message that is not valid for the protocol.</summary>
    public const int BadRequest = 4400;

    /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection was refused at <c>connection_init</c>.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No acknowledged <c>connection_init</c> within the wait timeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> reused the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The subprotocol name.</summary>
    public const string Subprotocol = "graphql-transport-ws";
}
