using Sipas.Api.Storage;

namespace Sipas.Api.Tests.Storage;

public sealed class SqliteResponseLogStoreTests : ResponseLogContractTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sipas-log-").FullName;

    protected override IResponseLogStore CreateStore() => new SqliteResponseLogStore(Path.Combine(_directory, "log.db"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
