using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Sipas.Silo.Tests.GraphQL;

/// <summary>GraphQL over HTTP and over <c>graphql-transport-ws</c> against the Silo in a <see cref="SiloFactory"/>.</summary>
internal static class GraphQLClient
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>POSTs a query with <paramref name="key"/> (null: none) and returns the response body.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient client, string? key, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Opens a socket, sends connection_init with the key as payload and waits for the ack.</summary>
    public static async Task<WebSocket> ConnectAsync(TestServer server, string key, CancellationToken cancellationToken)
    {
        var client = server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        var socket = await client.ConnectAsync(uri, cancellationToken);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Bearer " + key } }, cancellationToken);
        var ack = await ReceiveAsync(socket, cancellationToken);
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return socket;
    }

    public static Task SendAsync(WebSocket socket, object message, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);

    public static async Task<JsonElement> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The server closed the socket: {result.CloseStatus} {result.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
    }

    public static CancellationTokenSource Timeout() => new(Patience);
}
