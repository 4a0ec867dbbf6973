using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sipas.Api.Ingestion;
using Sipas.Api.Live;
using Sipas.Api.Storage;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;
using Sipas.Runtime;
using Sipas.Runtime.Hosting;
using Sipas.Testing;

namespace Sipas.Api.Tests.Live;

public sealed class ResponseRouterTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sipas-router-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(_clock);
        services.AddLiveAggregation(UnitTreeLoader.Load2025());
        // The clock never reaches the interval: only the count can trigger a checkpoint.
        services.Configure<LiveOptions>(o => (o.SnapshotInterval, o.SnapshotEvery) = (TimeSpan.FromDays(1), 10));
        services.AddSilo(silo => silo.AddLiveGrains().AddMemoryGrainStorage(LiveSiloExtensions.StorageName));
        services.AddIngestion(_ => new SqliteResponseLogStore(Path.Combine(_directory, "log.db")));
        _services = services.BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var readiness = _services.GetRequiredService<Readiness>();
        for (var i = 0; i < 200 && !readiness.IsReady; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        }
        Assert.True(readiness.IsReady);
    }

    public async Task DisposeAsync()
    {
        // As the host stops them: the router drains and checkpoints in StoppingAsync, before anything stops.
        var hostedServices = _services.GetServices<IHostedService>().Reverse().ToList();
        foreach (var lifecycle in hostedServices.OfType<IHostedLifecycleService>())
        {
            await lifecycle.StoppingAsync(CancellationToken.None);
        }

        foreach (var hosted in hostedServices)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Checkpoint_SnapshotEveryResponsesCommitted_MovesBeforeTheInterval()
    {
        var ingestion = _services.GetRequiredService<IngestionService>();
        var checkpoint = _services.GetRequiredService<IGrainFactory>().GetGrain<ICheckpointGrain>(ICheckpointGrain.Key);
        var before = await checkpoint.GetPosition();

        for (var batch = 0; batch < 3; batch++)
        {
            var results = await ingestion.SubmitAsync([.. Enumerable.Range(0, 6).Select(_ => Response())], CancellationToken.None);
            Assert.All(results, r => Assert.Equal(ItemResult.Accepted, r.Status));
        }
        var after = before;
        for (var i = 0; i < 200 && after < 12; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
            after = await checkpoint.GetPosition();
        }

        Assert.Equal(0, before);
        Assert.InRange(after, 12, 18);
    }

    private SurveyResponse Response() => new(
        Guid.NewGuid(), "01001", "sipas-2017", _clock.GetUtcNow().AddMinutes(-5), ResponseChannels.Kiosk,
        QuestionnaireCatalog.Embedded.Get("sipas-2017").Criteria.ToDictionary(c => c.Id, _ => 4));
}
