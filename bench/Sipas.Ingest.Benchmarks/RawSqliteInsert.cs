using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sipas.Api.Storage;

namespace Sipas.Ingest.Benchmarks;

/// <summary>
/// The SQLite baseline: the response log's own schema, made by the Silo's store (<see cref="SqliteResponseLogStore"/>:
/// WAL, AUTOINCREMENT position, UNIQUE id, index on served_at) in a fresh file, <c>synchronous=FULL</c> and the
/// writer's settings (<see cref="SqliteResponseLogStore.WriterPragmas"/>; SQLite's defaults with
/// <c>sqliteDefaults</c>), one prepared plain INSERT per row, one transaction per batch, one connection. No ON
/// CONFLICT, no RETURNING, no JSON work: what the disk and SQLite alone allow. With <c>returning</c> the statement is
/// the Silo's own (<c>ON CONFLICT (id) DO NOTHING RETURNING position</c>, read per row), which isolates what that
/// statement costs.
/// </summary>
internal static class RawSqliteInsert
{
    public static async Task<InsertResult> RunAsync(string path, RowSource rows, int count, int batch, bool returning, bool sqliteDefaults)
    {
        await using (var store = new SqliteResponseLogStore(path))
        {
            await store.InitializeAsync(CancellationToken.None);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        if (!sqliteDefaults)
        {
            await ExecuteAsync(connection, SqliteResponseLogStore.WriterPragmas);
        }

        var stopwatch = Stopwatch.StartNew();
        var transactions = 0;
        for (var start = 0; start < count; start += batch)
        {
            await InsertBatchAsync(connection, rows, start, Math.Min(batch, count - start), returning);
            transactions++;
        }

        return new InsertResult(count, transactions, stopwatch.Elapsed);
    }

    private static async Task InsertBatchAsync(SqliteConnection connection, RowSource rows, int start, int size, bool returning)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO response_log (id, unit, served_at, received_at, payload) VALUES ($id, $unit, $served, $received, $payload)"
            + (returning ? " ON CONFLICT (id) DO NOTHING RETURNING position" : "");
        var id = command.Parameters.Add("$id", SqliteType.Blob);
        var unit = command.Parameters.Add("$unit", SqliteType.Text);
        var served = command.Parameters.Add("$served", SqliteType.Integer);
        var received = command.Parameters.Add("$received", SqliteType.Integer);
        var payload = command.Parameters.Add("$payload", SqliteType.Blob);
        command.Prepare();
        for (var i = start; i < start + size; i++)
        {
            var row = rows.Get(i);
            id.Value = row.Id.ToByteArray();
            unit.Value = row.Unit;
            served.Value = row.ServedAtMs;
            received.Value = row.ReceivedAtMs;
            payload.Value = row.Payload;
            if (returning)
            {
                _ = await command.ExecuteScalarAsync();
            }
            else
            {
                await command.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
