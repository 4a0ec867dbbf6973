using System.Data.Common;
using Sipas.Testing;

namespace Sipas.Api.Tests.Alerts;

[Trait("Category", "Postgres")]
public sealed class PostgresAlertStoreTests : AlertStoreTests, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    protected override DbDataSource CreateDataSource() => _database.DataSource;

    public Task InitializeAsync() => _database.InitializeAsync();

    Task IAsyncLifetime.DisposeAsync() => _database.DisposeAsync();
}
