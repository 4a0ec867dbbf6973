using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Sipas.Runtime.Storage.AdoNet;

/// <summary>
/// Applies the embedded, versioned <c>.sql</c> scripts of one dialect in order, each once, recording it in the
/// <c>grain_storage_schema</c> table; safe to run from several processes at once.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "Sipas.Runtime.Scripts.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(AdoNetDialect dialect)
    {
        var folder = ResourcePrefix + (dialect == AdoNetDialect.Sqlite ? "sqlite" : "postgresql") + "/";
        var assembly = typeof(SchemaMigrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.AsSpan(folder.Length, 4), CultureInfo.InvariantCulture), Name: n[folder.Length..], Sql: Read(assembly, n)))
            .OrderBy(s => s.Version)];
    }

    /// <summary>Applies missing scripts; returns the versions applied by this call.</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(DbDataSource dataSource, AdoNetDialect dialect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (dialect == AdoNetDialect.Sqlite)
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var timestampType = dialect == AdoNetDialect.Sqlite ? "TEXT" : "timestamptz";
        await ExecuteAsync(connection, null,
            $"CREATE TABLE IF NOT EXISTS grain_storage_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_on {timestampType} NOT NULL);",
            cancellationToken);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (dialect == AdoNetDialect.PostgreSql)
        {
            // Serializes concurrent migrators; released at commit.
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(7262100001);", cancellationToken);
        }

        var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
        var done = new List<int>();
        foreach (var (version, name, sql) in Scripts(dialect).Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO grain_storage_schema (version, name, applied_on) VALUES (@version, @name, @applied_on);";
            AdoNetCommands.Add(record, "@version", version);
            AdoNetCommands.Add(record, "@name", name);
            AdoNetCommands.Add(record, "@applied_on", now);
            await record.ExecuteNonQueryAsync(cancellationToken);
            done.Add(version);
        }

        await transaction.CommitAsync(cancellationToken);
        return done;
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var applied = new HashSet<int>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM grain_storage_schema;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
