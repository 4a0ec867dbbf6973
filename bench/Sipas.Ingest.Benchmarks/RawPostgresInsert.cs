using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Sipas.Ingest.Benchmarks;

/// <summary>
/// The PostgreSQL baseline: the response log's schema in a fresh table, one <c>INSERT … SELECT FROM unnest(…)</c> per
/// batch (one round trip, one commit), without ON CONFLICT or RETURNING.
/// </summary>
internal static class RawPostgresInsert
{
    private const string Schema = """
        DROP TABLE IF EXISTS raw_response_log;
        CREATE TABLE raw_response_log (
            position    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id          uuid        NOT NULL UNIQUE,
            unit        text        NOT NULL,
            served_at   timestamptz NOT NULL,
            received_at timestamptz NOT NULL,
            payload     bytea       NOT NULL
        );
        CREATE INDEX raw_response_log_served_at ON raw_response_log (served_at);
        """;

    public static async Task<InsertResult> RunAsync(string connectionString, RowSource rows, int count, int batch)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand(Schema))
        {
            await create.ExecuteNonQueryAsync();
        }

        var stopwatch = Stopwatch.StartNew();
        var transactions = 0;
        for (var start = 0; start < count; start += batch)
        {
            await InsertBatchAsync(dataSource, rows, start, Math.Min(batch, count - start));
            transactions++;
        }

        var elapsed = stopwatch.Elapsed;
        await using (var drop = dataSource.CreateCommand("DROP TABLE raw_response_log"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        return new InsertResult(count, transactions, elapsed);
    }

    private static async Task InsertBatchAsync(NpgsqlDataSource dataSource, RowSource rows, int start, int size)
    {
        var ids = new Guid[size];
        var units = new string[size];
        var served = new DateTime[size];
        var received = new DateTime[size];
        var payloads = new byte[size][];
        for (var i = 0; i < size; i++)
        {
            var row = rows.Get(start + i);
            ids[i] = row.Id;
            units[i] = row.Unit;
            served[i] = DateTime.UnixEpoch.AddMilliseconds(row.ServedAtMs);
            received[i] = DateTime.UnixEpoch.AddMilliseconds(row.ReceivedAtMs);
            payloads[i] = row.Payload;
        }

        await using var command = dataSource.CreateCommand(
            "INSERT INTO raw_response_log (id, unit, served_at, received_at, payload) SELECT * FROM unnest($1, $2, $3, $4, $5)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = units, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = served, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = received, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync();
    }
}
