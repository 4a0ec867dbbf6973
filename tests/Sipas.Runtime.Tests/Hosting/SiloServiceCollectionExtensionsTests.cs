using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Runtime.Diagnostics;
using Sipas.Runtime.Storage.AdoNet;
using Sipas.Runtime.Tests.Grains;

namespace Sipas.Runtime.Tests.Hosting;

public sealed class SiloServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddAdoNetGrainStorage_SqliteFile_StateSurvivesASiloRestart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"silo-{Guid.NewGuid():N}.db");
        try
        {
            await using (var first = await StartWithSqlite(path))
            {
                var grain = first.Grains.GetGrain<IPersistentCounterGrain>("restart");
                await grain.Increment();
                await grain.Increment();
                await grain.Increment();
            }

            await using var second = await StartWithSqlite(path);

            var (value, etag, exists) = await second.Grains.GetGrain<IPersistentCounterGrain>("restart").Read();
            Assert.Equal(3, value);
            Assert.True(exists);
            Assert.NotNull(etag);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task AddSilo_CallsAndActivations_AreReportedThroughTheMeter()
    {
        var measurements = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RuntimeDiagnostics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (measurements)
            {
                measurements[instrument.Name] = measurements.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ICounterGrain>("metered");

        for (var i = 0; i < 10; i++)
        {
            await grain.Increment();
        }

        listener.RecordObservableInstruments();
        lock (measurements)
        {
            var seen = string.Join(", ", measurements.Select(m => $"{m.Key}={m.Value}"));
            Assert.True(measurements.GetValueOrDefault("runtime.grain.calls") >= 10, seen);
            Assert.True(measurements.GetValueOrDefault("runtime.grain.activations") >= 1, seen);
            Assert.True(measurements.GetValueOrDefault("runtime.grain.activations.created") >= 1, seen);
        }
    }

    private static Task<TestSilo> StartWithSqlite(string path) =>
        TestSilo.StartAsync(configure: silo =>
        {
            // The data source comes from DI, as a host that owns it would register it.
            silo.Services.AddSingleton(SqliteFactory.Instance.CreateDataSource($"Data Source={path}"));
            silo.AddAdoNetGrainStorage("store", (sp, options) => options.DataSource = sp.GetRequiredService<DbDataSource>());
        });
}
