using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Http;

/// <summary>Maps a GraphQL endpoint: GraphQL over HTTP, graphql-transport-ws subscriptions and the GraphiQL IDE.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps the executor registered with <see cref="GraphQLServiceCollectionExtensions.AddGraphQL(IServiceCollection, Func{IServiceProvider, Schema})"/>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The endpoint's path, e.g. <c>/graphql</c>.</param>
    /// <param name="configure">Adjusts the endpoint options.</param>
    /// <returns>A builder for conventions (authorization, CORS, rate limiting) applied to the endpoint and its IDE assets.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", Action<GraphQLEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGraphQL(pattern, endpoints.ServiceProvider.GetRequiredService<GraphQLExecutor>(), configure);
    }

    /// <summary>Maps a GraphQL endpoint for a schema (with a new executor).</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The endpoint's path, e.g. <c>/graphql</c>.</param>
    /// <param name="schema">The schema.</param>
    /// <param name="configure">Adjusts the endpoint options.</param>
    /// <returns>A builder for conventions applied to the endpoint and its IDE assets.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, Schema schema, Action<GraphQLEndpointOptions>? configure = null) =>
        endpoints.MapGraphQL(pattern, new GraphQLExecutor(schema), configure);

    /// <summary>Maps a GraphQL endpoint for an executor.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The endpoint's path, e.g. <c>/graphql</c>.</param>
    /// <param name="executor">The executor (one per schema).</param>
    /// <param name="configure">Adjusts the endpoint options.</param>
    /// <returns>A builder for conventions applied to the endpoint and its IDE assets.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, Action<GraphQLEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(executor);
        var options = new GraphQLEndpointOptions();
        configure?.Invoke(options);

        var services = endpoints.ServiceProvider;
        var handler = new GraphQLHttpHandler(
            executor,
            options,
            services.GetService<IdeAssets>() ?? new IdeAssets(),
            services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            services.GetService<TimeProvider>() ?? TimeProvider.System);

        // WebSocket upgrades need the WebSockets middleware in front of this endpoint only.
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseWebSockets();
        pipeline.Run(handler.HandleAsync);

        var group = endpoints.MapGroup(pattern);
        group.Map("", pipeline.Build()).WithDisplayName($"GraphQL {pattern}");
        group.MapGet($"{GraphQLHttpHandler.IdeSegment}/{{**file}}", (RequestDelegate)handler.HandleIdeAssetAsync)
            .WithDisplayName($"GraphQL IDE assets {pattern}");
        return group;
    }
}
