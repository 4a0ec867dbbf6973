using Microsoft.Extensions.Options;
using Sipas.Api;
using Sipas.Api.Live;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.Runtime.Hosting;
using Sipas.Runtime.Storage.AdoNet;
using Sipas.Silo.Demo;
using Sipas.Silo.Storage;

namespace Sipas.Silo;

/// <summary>What the Silo hosts: the runtime with the live grains on the chosen storage, and ingestion.</summary>
public static class SiloComposition
{
    public static IServiceCollection AddSipasSilo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateOnStart();
        // The first national key goes next to the data unless Auth:AdminKeyFile says otherwise.
        services.AddOptions<Api.Auth.ApiKeyOptions>().PostConfigure<IOptions<SiloOptions>>(
            (o, silo) => o.AdminKeyFile ??= Path.Combine(silo.Value.DataDir, "admin.key"));
        services.AddSingleton(sp => SiloStorage.Open(sp.GetRequiredService<IOptions<SiloOptions>>()));
        services.AddLiveAggregation(UnitTreeLoader.Load2025());
        services.Configure<LiveOptions>(configuration.GetSection(LiveOptions.Section));
        services.AddSilo(silo => silo.AddLiveGrains().AddAdoNetGrainStorage(
            LiveSiloExtensions.StorageName, (sp, o) => o.DataSource = sp.GetRequiredService<SiloStorage>().GrainData));
        services.AddIngestion(sp => sp.GetRequiredService<SiloStorage>().ResponseLog);
        services.AddLogRetention();
        Api.Alerts.AlertingServiceCollectionExtensions.AddAlerting(services, configuration, sp => sp.GetRequiredService<SiloStorage>().GrainData);
        services.Configure<Api.Ingestion.IngestionOptions>(configuration.GetSection(Api.Ingestion.IngestionOptions.Section));
        services.Configure<Api.Storage.GroupCommitOptions>(configuration.GetSection($"{Api.Ingestion.IngestionOptions.Section}:GroupCommit"));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddHostedService<DemoStream>();
        return services;
    }
}
