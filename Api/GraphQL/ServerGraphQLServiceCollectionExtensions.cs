using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sipas.GraphQL.Http;

namespace Sipas.Api.GraphQL;

/// <summary>Registers the Silo's GraphQL executor.</summary>
public static class ServerGraphQLServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ServerSchema"/> as the application's GraphQL schema.</summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddServerGraphQL(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddGraphQL(provider => ServerSchema.Build(provider.GetRequiredService<TimeProvider>()));
    }
}
