using Xunit;

using Npgsql;

namespace Sipas.Testing;

/// <summary>
/// A throwaway database on the PostgreSQL server that <c>./test.sh</c> provisions. Tests that use it carry
/// <c>[Trait("Category", "Postgres")]</c>. Without a server they fail with instructions: they are never skipped.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    /// <summary>Connection string of a maintenance database on the test server (set by ./test.sh).</summary>
    public const string EnvironmentVariable = "SIPAS_TEST_POSTGRES";

    private NpgsqlDataSource? _dataSource;

    public string DatabaseName { get; } = "sipas_test_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource =>
        _dataSource ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: run ./test.sh, which provisions a throwaway one, or set {EnvironmentVariable} " +
                "to a connection string of a role that may create databases. To leave them out on purpose: " +
                "dotnet test --filter Category!=Postgres.");

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(ServerConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = DatabaseName }.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
