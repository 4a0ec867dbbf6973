using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Sipas.Runtime.Storage;
using Sipas.Runtime.Storage.AdoNet;

namespace Sipas.Runtime.Tests.Storage.AdoNet;

public sealed class SqliteAdoNetGrainStorageTests : GrainStorageContractTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"grains-{Guid.NewGuid():N}.db");
    private SqliteDataSourceHolder? _holder;

    [Fact]
    public async Task EnsureSchemaAsync_Twice_AppliesEachScriptOnceInWalMode()
    {
        var storage = (AdoNetGrainStorage)Storage;
        await storage.EnsureSchemaAsync();
        var again = NewStorage();

        await again.EnsureSchemaAsync();

        await using var connection = await _holder!.DataSource.OpenConnectionAsync();
        await using var versions = connection.CreateCommand();
        versions.CommandText = "SELECT COUNT(*) FROM grain_storage_schema WHERE version = 1";
        Assert.Equal(1L, await versions.ExecuteScalarAsync());
        await using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await journal.ExecuteScalarAsync());
        Assert.Equal(AdoNetDialect.Sqlite, again.Dialect);
    }

    public override async Task DisposeAsync()
    {
        if (_holder is not null)
        {
            await _holder.DataSource.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    protected override Task<IGrainStorage> CreateStorageAsync()
    {
        _holder = new SqliteDataSourceHolder(SqliteFactory.Instance.CreateDataSource($"Data Source={_path}"));
        return Task.FromResult<IGrainStorage>(NewStorage());
    }

    private AdoNetGrainStorage NewStorage() => new(
        "sqlite",
        new AdoNetGrainStorageOptions { DataSource = _holder!.DataSource },
        Serializer,
        TimeProvider.System,
        NullLogger.Instance);

    private sealed record SqliteDataSourceHolder(System.Data.Common.DbDataSource DataSource);
}
