using Sipas.Api.Storage;
using Sipas.Testing;

namespace Sipas.Api.Tests.Storage;

[Trait("Category", "Postgres")]
public sealed class PostgresLogRetentionTests : LogRetentionTests
{
    private readonly PostgresDatabase _database = new();
    private PostgresResponseLogStore? _store;

    protected override IResponseLogStore Store => _store!;

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _store = new PostgresResponseLogStore(_database.DataSource);
        await _store.InitializeAsync(CancellationToken.None);
    }

    public override Task DisposeAsync() => _database.DisposeAsync();
}
