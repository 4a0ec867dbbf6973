using Microsoft.Extensions.DependencyInjection;
using Sipas.Grains.Access;
using Sipas.GraphQL;
using Sipas.GraphQL.Execution;

namespace Sipas.Api.GraphQL;

/// <summary>Access checks for resolvers: the caller, and the errors a refused field reports (never any data).</summary>
public static class GraphQLAccess
{
    /// <summary>
    /// The caller, or an <c>UNAUTHENTICATED</c> error when the request carries no valid key. The key is checked
    /// against the key store on every call, so a key revoked while a WebSocket connection is open (authenticated once,
    /// at <c>connection_init</c>) is refused from its next operation or event, not only from its next connection.
    /// </summary>
    public static Caller Caller(this ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = Grains.Access.Caller.From(context.User)
            ?? throw new GraphQLException("Authentication required: send an API key as 'Authorization: Bearer <key>'.", "UNAUTHENTICATED");
        return IsActive(context.Services, caller)
            ? caller
            : throw new GraphQLException("This API key has been revoked; ask for a new one.", "UNAUTHENTICATED");
    }

    /// <summary>
    /// Whether the caller's key has not been revoked. A key id the store does not hold is an in-process caller and
    /// counts as active, as does any caller where no key store is registered.
    /// </summary>
    public static bool IsActive(IServiceProvider services, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(caller);
        return services.GetService<IKeyRevocations>() is not { } revocations || !revocations.IsRevoked(caller.KeyId);
    }

    /// <summary>A <c>FORBIDDEN</c> error that names what was refused, not what it holds.</summary>
    public static GraphQLException Forbidden(string what) =>
        new($"This key may not {what}.", "FORBIDDEN");
}
