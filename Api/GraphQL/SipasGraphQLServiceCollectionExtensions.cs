using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sipas.Api.GraphQL.Keys;
using Sipas.Api.GraphQL.Reorganisation;
using Sipas.Api.GraphQL.Responses;
using Sipas.Api.GraphQL.Server;
using Sipas.Api.GraphQL.Units;
using Sipas.GraphQL;
using Sipas.GraphQL.Http;

namespace Sipas.Api.GraphQL;

/// <summary>Registers the SIPAS GraphQL executor: the schema composed from every registered <see cref="ISipasSchemaPart"/>.</summary>
public static class SipasGraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers this project's schema parts and the executor. Other features add their parts with
    /// <c>services.AddSingleton&lt;ISipasSchemaPart, TheirPart&gt;()</c>, before or after this call: the schema is
    /// built from every registered part on first use.
    /// </summary>
    public static IServiceCollection AddSipasGraphQL(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddOptions<SipasGraphQLOptions>().BindConfiguration(SipasGraphQLOptions.Section);
        services.TryAddSingleton<GraphQLLoaderMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISipasSchemaPart, ServerInfoPart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISipasSchemaPart, UnitsSchemaPart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISipasSchemaPart, KeysSchemaPart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISipasSchemaPart, ResponsesSchemaPart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISipasSchemaPart, ReorganisationSchemaPart>());
        return services.AddGraphQL(sp => CreateExecutor(sp));
    }

    /// <summary>The executor over the composed schema with this schema's limits.</summary>
    public static GraphQLExecutor CreateExecutor(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<IOptions<SipasGraphQLOptions>>().Value;
        var schema = SipasSchema.Build(services.GetServices<ISipasSchemaPart>());
        return new GraphQLExecutor(schema, new GraphQLExecutorOptions
        {
            MaxDepth = options.MaxDepth,
            MaxFieldCost = options.MaxFieldCost,
            MaxAliases = options.MaxAliases,
            ExecutionTimeout = options.ExecutionTimeout,
            TimeProvider = services.GetRequiredService<TimeProvider>(),
        });
    }
}
