using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sipas.GraphQL.WebSockets;

namespace Sipas.Api.Auth;

/// <summary>
/// Authenticates a <c>graphql-transport-ws</c> connection at <c>connection_init</c>: a payload
/// <c>{"authorization": "Bearer &lt;key&gt;"}</c> (browsers cannot set headers on upgrades) wins over the upgrade
/// request's header; an invalid key closes the socket with 4403, no key leaves the connection anonymous (each field
/// then says authentication is required).
/// </summary>
public static class WebSocketAuthentication
{
    public static ValueTask<ClaimsPrincipal?> OnConnect(GraphQLConnectContext context)
    {
        if (context.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(context.HttpContext.User);
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : "";
                var token = value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value;
                var caller = context.HttpContext.RequestServices.GetRequiredService<ApiKeyService>().Authenticate(token);
                return ValueTask.FromResult(caller?.ToPrincipal());
            }
        }

        return ValueTask.FromResult<ClaimsPrincipal?>(context.HttpContext.User);
    }
}
