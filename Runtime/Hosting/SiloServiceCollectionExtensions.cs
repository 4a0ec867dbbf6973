using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sipas.Runtime.Core;
using Sipas.Runtime.Diagnostics;
using Sipas.Runtime.Storage;

namespace Sipas.Runtime.Hosting;

/// <summary>Registers the silo (Orleans: <c>builder.UseOrleans(silo => …)</c>; here <c>builder.Services.AddSilo(silo => …)</c>).</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime: <see cref="IGrainFactory"/>, the hosted service that runs idle collection and stops the silo
    /// gracefully, and whatever <paramref name="configure"/> adds (grain classes, storage providers, options).
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Configures the silo.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSilo(this IServiceCollection services, Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (!services.Any(s => s.ServiceType == typeof(GrainRuntime)))
        {
            services.AddOptions();
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton(sp => new RuntimeMetrics(sp.GetService<IMeterFactory>()));
            services.AddSingleton<GrainRuntime>();
            services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
            services.AddHostedService<SiloHostedService>();
            services.TryAddSingleton<IGrainStorageSerializer>(sp => new JsonGrainStorageSerializer(CreateJsonOptions(
                sp.GetRequiredService<IOptions<GrainStateSerializerOptions>>().Value)));
        }

        configure(new SiloBuilder(services));
        return services;
    }

    private static JsonSerializerOptions CreateJsonOptions(GrainStateSerializerOptions options) => new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine([.. options.TypeInfoResolvers, new DefaultJsonTypeInfoResolver()]),
    };
}
