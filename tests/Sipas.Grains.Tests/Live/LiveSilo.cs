using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.Runtime;
using Sipas.Runtime.Hosting;
using Sipas.Runtime.Storage.AdoNet;

namespace Sipas.Grains.Tests.Live;

/// <summary>An in-process silo with the live grains, on a fake clock, persisting to memory or to a SQLite file.</summary>
internal sealed class LiveSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private LiveSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public UnitDirectory Directory => _services.GetRequiredService<UnitDirectory>();

    public LiveRecovery Recovery => _services.GetRequiredService<LiveRecovery>();

    public ChangeFeed Changes => _services.GetRequiredService<ChangeFeed>();

    public T Services<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public LiveReorganiser Reorganiser => _services.GetRequiredService<LiveReorganiser>();

    public static async Task<LiveSilo> StartAsync(UnitTree tree, TimeProvider clock, string? sqlitePath = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddLiveAggregation(tree);
        services.AddSilo(silo =>
        {
            silo.AddLiveGrains();
            if (sqlitePath is null)
            {
                silo.AddMemoryGrainStorage(LiveSiloExtensions.StorageName);
            }
            else
            {
                silo.AddAdoNetGrainStorage(LiveSiloExtensions.StorageName,
                    o => o.DataSource = SqliteFactory.Instance.CreateDataSource($"Data Source={sqlitePath}"));
            }
        });
        var silo = new LiveSilo(services.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return silo;
    }

    /// <summary>Flushes a unit and then each ancestor in turn, so its pending counts reach the nation.</summary>
    public async Task FlushUpAsync(string code)
    {
        await Grains.GetGrain<Sipas.Grains.Contracts.IUnitGrain>(code).Flush();
        foreach (var ancestor in Directory.Tree.Ancestors(code))
        {
            await Grains.GetGrain<Sipas.Grains.Contracts.IUnitGrain>(ancestor.Code).Flush();
        }
    }

    /// <summary>Sends committed responses to their units the way the API's router does (behind the routing gate, retired codes to successors).</summary>
    public async Task RouteAsync(IReadOnlyList<Sipas.Grains.Contracts.RecordedResponse> batch)
    {
        using (await Directory.PauseRoutingAsync(CancellationToken.None))
        {
            foreach (var group in batch.GroupBy(r => Directory.Resolve(r.Response.Unit), StringComparer.Ordinal))
            {
                _ = Grains.GetGrain<Sipas.Grains.Contracts.IUnitGrain>(group.Key).Record([.. group]);
            }
        }
    }

    /// <summary>Flushes every active unit, deepest first, so nothing is pending anywhere.</summary>
    public async Task FlushAllAsync()
    {
        var tree = Directory.Tree;
        foreach (var level in tree.Active.GroupBy(u => tree.Ancestors(u.Code).Count).OrderByDescending(g => g.Key))
        {
            await Task.WhenAll(level.Select(u => Grains.GetGrain<Sipas.Grains.Contracts.IUnitGrain>(u.Code).Flush()));
        }
    }

    /// <summary>Stops gracefully: every activation flushes and snapshots.</summary>
    public async Task StopAsync()
    {
        foreach (var hosted in _hosted.Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Drops everything without deactivating: what a SIGKILL leaves behind is only what was written.</summary>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
