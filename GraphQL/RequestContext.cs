using System.Security.Claims;

namespace Sipas.GraphQL;

/// <summary>What a request carries to every resolver: services, the user, a root value and per-request items.</summary>
public sealed class RequestContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="services">The request's service provider.</param>
    /// <param name="user">The authenticated user, if any.</param>
    /// <param name="rootValue">The parent value of the root fields.</param>
    public RequestContext(IServiceProvider? services = null, ClaimsPrincipal? user = null, object? rootValue = null)
    {
        Services = services ?? EmptyServiceProvider.Instance;
        User = user;
        RootValue = rootValue;
    }

    /// <summary>The request's service provider.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The authenticated user, if any.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; }

    /// <summary>Per-request items for the host and resolvers.</summary>
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
