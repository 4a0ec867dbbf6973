using Sipas.Api.Storage;

namespace Sipas.Api.Tests.Storage;

public sealed class SqliteLogRetentionTests : LogRetentionTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sipas-retention-").FullName;
    private SqliteResponseLogStore? _store;

    protected override IResponseLogStore Store => _store!;

    public override async Task InitializeAsync()
    {
        _store = new SqliteResponseLogStore(Path.Combine(_directory, "log.db"));
        await _store.InitializeAsync(CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        await _store!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
