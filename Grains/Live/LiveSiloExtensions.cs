using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Units;
using Sipas.Runtime.Hosting;

namespace Sipas.Grains.Live;

/// <summary>Registers the live aggregation grains and the services they take. Storage ("units") is the host's choice.</summary>
public static class LiveSiloExtensions
{
    /// <summary>The storage provider name unit grains persist to.</summary>
    public const string StorageName = "units";

    /// <summary>Adds the grains of this assembly and their state serialisation.</summary>
    public static ISiloBuilder AddLiveGrains(this ISiloBuilder silo) =>
        silo.AddGrains(typeof(UnitGrain).Assembly).AddGrainStateJsonContext(LiveJsonContext.Default);

    /// <summary>Adds the unit directory (over <paramref name="tree"/>), the questionnaires, the change feed and options.</summary>
    public static IServiceCollection AddLiveAggregation(this IServiceCollection services, UnitTree tree)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new UnitDirectory(tree));
        services.AddSingleton(QuestionnaireCatalog.Embedded);
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<RankingFeed>();
        services.AddSingleton<Alerts.AlertFeed>();
        services.AddSingleton<LiveRecovery>();
        services.AddSingleton<LiveReorganiser>();
        services.AddOptions<LiveOptions>(); // the host binds the "Live" section
        return services;
    }
}
