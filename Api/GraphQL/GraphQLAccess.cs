using Sipas.Grains.Access;
using Sipas.GraphQL;
using Sipas.GraphQL.Execution;

namespace Sipas.Api.GraphQL;

/// <summary>Access checks for resolvers: the caller, and the errors a refused field reports (never any data).</summary>
public static class GraphQLAccess
{
    /// <summary>The caller, or an <c>UNAUTHENTICATED</c> error when the request carries no valid key.</summary>
    public static Caller Caller(this ResolveContext context) =>
        Grains.Access.Caller.From(context.User)
        ?? throw new GraphQLException("Authentication required: send an API key as 'Authorization: Bearer <key>'.", "UNAUTHENTICATED");

    /// <summary>A <c>FORBIDDEN</c> error that names what was refused, not what it holds.</summary>
    public static GraphQLException Forbidden(string what) =>
        new($"This key may not {what}.", "FORBIDDEN");
}
