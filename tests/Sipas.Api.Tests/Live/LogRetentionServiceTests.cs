using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sipas.Api.Live;
using Sipas.Api.Storage;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.Runtime;
using Sipas.Runtime.Hosting;
using Sipas.Testing;

namespace Sipas.Api.Tests.Live;

public sealed class LogRetentionServiceTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sipas-retention-service-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 9, 1, 0, 0, 0, TimeSpan.Zero));
    private SqliteResponseLogStore? _store;
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        _store = new SqliteResponseLogStore(Path.Combine(_directory, "log.db"));
        await _store.InitializeAsync(CancellationToken.None);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()); // every host has one; Retention binds from it
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IResponseLogStore>(_store);
        services.AddSingleton<Readiness>();
        services.AddLiveAggregation(UnitTreeLoader.Load2025());
        services.AddSilo(silo => silo.AddLiveGrains().AddMemoryGrainStorage(LiveSiloExtensions.StorageName));
        services.AddLogRetention();
        _services = services.BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>().Where(h => h is not LogRetentionService))
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _services!.DisposeAsync();
        await _store!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task PurgeOnceAsync_OldEntriesPastTheCheckpoint_KeptUntilTheCheckpointMoves()
    {
        var old = _clock.GetUtcNow().AddDays(-800);
        var positions = await _store!.InsertBatchAsync([Entry(old), Entry(old), Entry(old)], CancellationToken.None);
        var grains = _services!.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<ICheckpointGrain>(ICheckpointGrain.Key).SetPosition(positions[0]);
        var service = _services!.GetRequiredService<LogRetentionService>();

        var first = await service.PurgeOnceAsync(CancellationToken.None);
        await grains.GetGrain<ICheckpointGrain>(ICheckpointGrain.Key).SetPosition(positions[2]);
        var second = await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Empty(await _store.ReadPageAsync(0, 10, CancellationToken.None));
    }

    private static LogEntry Entry(DateTimeOffset received) =>
        new(Guid.NewGuid(), "01001", received, received, Encoding.UTF8.GetBytes("{}"));
}
