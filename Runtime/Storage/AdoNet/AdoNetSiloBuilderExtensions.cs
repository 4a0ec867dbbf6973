using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sipas.Runtime.Hosting;

namespace Sipas.Runtime.Storage.AdoNet;

/// <summary>Registers ADO.NET grain storage (Orleans' <c>AddAdoNetGrainStorage</c>).</summary>
public static class AdoNetSiloBuilderExtensions
{
    /// <summary>Adds an ADO.NET storage provider.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider's name, as in <c>[PersistentState("state", "name")]</c>.</param>
    /// <param name="configure">Sets the data source (required) and other options.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddAdoNetGrainStorage(this ISiloBuilder builder, string name, Action<AdoNetGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddAdoNetGrainStorage(name, (_, options) => configure(options));
    }

    /// <summary>
    /// Adds an ADO.NET storage provider whose options need services, e.g. a <c>DbDataSource</c> registered in DI:
    /// <c>AddAdoNetGrainStorage("grains", (sp, o) => o.DataSource = sp.GetRequiredService&lt;NpgsqlDataSource&gt;())</c>.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider's name, as in <c>[PersistentState("state", "name")]</c>.</param>
    /// <param name="configure">Sets the data source (required) and other options, given the silo's services.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddAdoNetGrainStorage(this ISiloBuilder builder, string name, Action<IServiceProvider, AdoNetGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) =>
        {
            var options = new AdoNetGrainStorageOptions();
            configure(sp, options);
            return new AdoNetGrainStorage(
                name,
                options,
                sp.GetRequiredService<IGrainStorageSerializer>(),
                sp.GetRequiredService<TimeProvider>(),
                (ILogger?)sp.GetService<ILoggerFactory>()?.CreateLogger<AdoNetGrainStorage>() ?? NullLogger.Instance);
        });
        return builder;
    }

    /// <summary>Adds an ADO.NET storage provider as the default provider.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the data source (required) and other options.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddAdoNetGrainStorageAsDefault(this ISiloBuilder builder, Action<AdoNetGrainStorageOptions> configure) =>
        builder.AddAdoNetGrainStorage(GrainStorageNames.Default, configure);
}
