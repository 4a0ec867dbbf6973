using Sipas.Api.Storage;
using Sipas.Testing;

namespace Sipas.Api.Tests.Storage;

[Trait("Category", "Postgres")]
public sealed class PostgresResponseLogStoreTests : ResponseLogContractTests
{
    private readonly PostgresDatabase _database = new();

    protected override IResponseLogStore CreateStore() => new PostgresResponseLogStore(_database.DataSource);

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
