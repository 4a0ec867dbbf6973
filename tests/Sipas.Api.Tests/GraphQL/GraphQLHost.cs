using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sipas.Api.Auth;
using Sipas.Api.GraphQL;
using Sipas.Api.Live;
using Sipas.Api.Storage;
using Sipas.Grains.Access;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.GraphQL;
using Sipas.Runtime.Hosting;

namespace Sipas.Api.Tests.GraphQL;

/// <summary>
/// The SIPAS schema on an in-process silo (memory grain storage, the 2025 tree, the real clock), with ingestion on a
/// SQLite log and API keys on a SQLite file; queries run through the executor as a given caller.
/// </summary>
public sealed class GraphQLHost : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sipas-graphql-").FullName;
    private ServiceProvider? _services;

    public IServiceProvider Services => _services!;

    public GraphQLExecutor Executor => Services.GetRequiredService<GraphQLExecutor>();

    public ApiKeyService Keys => Services.GetRequiredService<ApiKeyService>();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["GraphQL:ScoreChangedInterval"] = "00:00:00.100" }).Build());
        services.AddSingleton(TimeProvider.System);
        services.AddLiveAggregation(UnitTreeLoader.Load2025());
        services.Configure<LiveOptions>(o => o.FlushInterval = TimeSpan.FromMilliseconds(50));
        services.AddSilo(silo => silo.AddLiveGrains().AddMemoryGrainStorage(LiveSiloExtensions.StorageName));
        services.AddIngestion(_ => new SqliteResponseLogStore(Path.Combine(_directory, "responses.db")));
        services.AddSingleton(new ApiKeyStore(SqliteFactory.Instance.CreateDataSource($"Data Source={Path.Combine(_directory, "keys.db")}")));
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<Sipas.Grains.Access.IKeyRevocations>(sp => sp.GetRequiredService<ApiKeyService>());
        services.AddSipasGraphQL();
        _services = services.BuildServiceProvider();
        await Keys.LoadAsync(CancellationToken.None);
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await _services.GetRequiredService<Readiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        // Dropped without a graceful stop (nothing here needs its state written), as the API tests' other hosts do.
        await _services!.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A caller of <paramref name="role"/> (a real key, so revocation and key listing see it).</summary>
    public async Task<Caller> CallerAsync(Role role, string? unit)
    {
        var key = await Keys.CreateAsync(role, unit, $"{role} {unit}", null, CancellationToken.None);
        return key.Key.ToCaller();
    }

    /// <summary>Runs a query or mutation as <paramref name="caller"/> (null: anonymous) and returns the response JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, Caller? caller, object? variables = null)
    {
        var prepared = Executor.Prepare(new GraphQLRequest(query, null, variables is null ? null : JsonSerializer.SerializeToElement(variables)));
        var result = await Executor.ExecuteAsync(prepared, new RequestContext(Services, caller?.ToPrincipal()), CancellationToken.None);
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    /// <summary>Subscribes as <paramref name="caller"/>; the result is either a stream or the error that refused it.</summary>
    public async Task<SubscriptionResult> SubscribeAsync(string query, Caller? caller, CancellationToken cancellationToken)
    {
        var prepared = Executor.Prepare(new GraphQLRequest(query));
        return await Executor.SubscribeAsync(prepared, new RequestContext(Services, caller?.ToPrincipal()), cancellationToken);
    }

    /// <summary>Counts the loader rounds of this host's meter (not another host's, even in parallel tests).</summary>
    public MeterListener ListenToLoaders(Action<string, int> onKeys)
    {
        var factory = Services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GraphQLLoaderMetrics.MeterName && instrument.Meter.Scope == factory && instrument.Name == "graphql.loader.keys")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, keys, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "loader")
                {
                    onKeys((string)tag.Value!, keys);
                }
            }
        });
        listener.Start();
        return listener;
    }
}
