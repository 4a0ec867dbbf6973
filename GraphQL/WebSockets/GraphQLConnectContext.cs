using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sipas.GraphQL.WebSockets;

/// <summary>What <see cref="GraphQLWebSocketOptions.OnConnect"/> sees of a <c>connection_init</c> message.</summary>
/// <param name="httpContext">The upgrade request (its headers, its authenticated user).</param>
/// <param name="payload">The message's payload object, if any; valid only during the callback.</param>
public sealed class GraphQLConnectContext(HttpContext httpContext, JsonElement? payload)
{
    /// <summary>The upgrade request (its headers, its authenticated user).</summary>
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The <c>connection_init</c> payload object, if any (e.g. <c>{ "authorization": "Bearer …" }</c>).</summary>
    public JsonElement? Payload { get; } = payload;
}
