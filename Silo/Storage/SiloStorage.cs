using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Sipas.Api.Storage;

namespace Sipas.Silo.Storage;

/// <summary>
/// The Silo's databases, chosen by <see cref="SiloOptions"/>: by default two SQLite files under the data directory
/// (<c>responses.db</c>, the response log; <c>grains.db</c>, the grains' snapshots); with <c>--postgres</c> one
/// PostgreSQL database for both.
/// </summary>
public sealed class SiloStorage : IAsyncDisposable
{
    private SiloStorage(DbDataSource grainData, IResponseLogStore responseLog, string description)
    {
        GrainData = grainData;
        ResponseLog = responseLog;
        Description = description;
    }

    /// <summary>Where grain states live.</summary>
    public DbDataSource GrainData { get; }

    /// <summary>The response log.</summary>
    public IResponseLogStore ResponseLog { get; }

    /// <summary>Says where the data is, without secrets.</summary>
    public string Description { get; }

    public static SiloStorage Open(IOptions<SiloOptions> options)
    {
        var silo = options.Value;
        if (!string.IsNullOrWhiteSpace(silo.Postgres))
        {
            var dataSource = NpgsqlDataSource.Create(silo.Postgres);
            var builder = new NpgsqlConnectionStringBuilder(silo.Postgres);
            return new SiloStorage(dataSource, new PostgresResponseLogStore(dataSource), $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
        }

        var directory = Path.GetFullPath(silo.DataDir);
        Directory.CreateDirectory(directory);
        var grains = SqliteFactory.Instance.CreateDataSource($"Data Source={Path.Combine(directory, "grains.db")}");
        return new SiloStorage(grains, new SqliteResponseLogStore(Path.Combine(directory, "responses.db")), $"SQLite under {directory}");
    }

    public async ValueTask DisposeAsync()
    {
        await GrainData.DisposeAsync();
        if (ResponseLog is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
