using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Http;

/// <summary>Registers a GraphQL executor for <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, Action{GraphQLEndpointOptions}?)"/>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers one executor (a singleton) for the schema the factory builds on first use.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="schemaFactory">Builds the schema from the application's services.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Func<IServiceProvider, Schema> schemaFactory)
    {
        ArgumentNullException.ThrowIfNull(schemaFactory);
        return services.AddGraphQL(provider => new GraphQLExecutor(schemaFactory(provider)));
    }

    /// <summary>Registers the executor the factory builds on first use (to pass executor options).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="executorFactory">Builds the executor from the application's services.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Func<IServiceProvider, GraphQLExecutor> executorFactory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(executorFactory);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IdeAssets>();
        services.AddSingleton(executorFactory);
        return services;
    }
}
