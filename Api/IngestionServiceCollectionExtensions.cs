using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sipas.Api.Ingestion;
using Sipas.Api.Live;
using Sipas.Api.Storage;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;

namespace Sipas.Api;

/// <summary>Registers ingestion: validation, the group-commit response log over the given store, and the router to the grains.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds ingestion over the store <paramref name="store"/> makes (its schema is created when the router starts).
    /// Register after the silo, so that the router starts after it and stops before it.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, Func<IServiceProvider, IResponseLogStore> store)
    {
        services.AddOptions<IngestionOptions>();
        services.AddOptions<GroupCommitOptions>();
        services.AddSingleton<Readiness>();
        services.AddSingleton(store);
        services.AddSingleton(sp => new GroupCommitResponseLog(
            sp.GetRequiredService<IResponseLogStore>(),
            sp.GetRequiredService<IOptions<GroupCommitOptions>>().Value,
            sp.GetRequiredService<ILogger<GroupCommitResponseLog>>(),
            sp.GetServices<ICommitListener>()));
        services.AddSingleton<IResponseLog>(sp => sp.GetRequiredService<GroupCommitResponseLog>());
        services.AddSingleton<ResponseRouter>();
        services.AddSingleton<ICommitListener>(sp => sp.GetRequiredService<ResponseRouter>());
        services.AddHostedService(sp => sp.GetRequiredService<ResponseRouter>());
        services.AddSingleton(sp => new ResponseValidator(
            sp.GetRequiredService<UnitDirectory>().Tree,
            sp.GetRequiredService<QuestionnaireCatalog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IngestionService>();
        return services;
    }
}
