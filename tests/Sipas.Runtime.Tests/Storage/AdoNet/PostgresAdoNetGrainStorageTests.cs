using Microsoft.Extensions.Logging.Abstractions;
using Sipas.Runtime.Storage;
using Sipas.Runtime.Storage.AdoNet;
using Sipas.Testing;

namespace Sipas.Runtime.Tests.Storage.AdoNet;

[Trait("Category", "Postgres")]
public sealed class PostgresAdoNetGrainStorageTests(PostgresDatabase database) : GrainStorageContractTests, IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task EnsureSchemaAsync_ConcurrentProviders_ApplyEachScriptOnce()
    {
        var providers = Enumerable.Range(0, 4).Select(_ => NewStorage()).ToArray();

        await Task.WhenAll(providers.Select(p => p.EnsureSchemaAsync()));

        await using var command = database.DataSource.CreateCommand("SELECT COUNT(*) FROM grain_storage_schema WHERE version = 1");
        Assert.Equal(1L, await command.ExecuteScalarAsync());
        Assert.Equal(AdoNetDialect.PostgreSql, providers[0].Dialect);
    }

    protected override Task<IGrainStorage> CreateStorageAsync() => Task.FromResult<IGrainStorage>(NewStorage());

    private AdoNetGrainStorage NewStorage() => new(
        "postgres",
        new AdoNetGrainStorageOptions { DataSource = database.DataSource },
        Serializer,
        TimeProvider.System,
        NullLogger.Instance);
}
