using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Sipas.Api.Storage;

/// <summary>
/// The response log in a SQLite file, in WAL mode with <c>synchronous=FULL</c>: a committed transaction survives a
/// crash of the process and of the machine. Writes go through one dedicated connection (the log has one writer),
/// which keeps <see cref="WriterPragmas"/>.
/// </summary>
public sealed class SqliteResponseLogStore(string path) : IResponseLogStore, IAsyncDisposable
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    /// <summary>
    /// The writer's settings beyond durability. Every insert touches a random page of the id index (client UUIDs):
    /// checkpointing the WAL every 10,000 pages (40 MiB) rather than every 1,000 copies a page that many transactions
    /// dirtied into the database file once instead of ten times, and a 64 MiB page cache (SQLite's default is 2 MiB)
    /// saves re-reading them: raw inserts about 46,000 → 70,000 rows/s on a 300,000-row log (BENCHMARKS.md). On a log of
    /// 10 million rows a larger cache no longer helps (256 and 512 MiB measured): what remains is writing a random
    /// index page per insert. bench/Sipas.Ingest.Benchmarks uses the same settings for its raw baseline.
    /// </summary>
    public const string WriterPragmas = "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=10000;";

    private SqliteConnection? _writer;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
        await ExecuteAsync(connection, SqlScripts.Read("sqlite-response-log.sql"), cancellationToken);
    }

    public async Task<long[]> InsertBatchAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            _writer = await OpenAsync(cancellationToken);
            await ExecuteAsync(_writer, WriterPragmas, cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken);
        await using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO response_log (id, unit, served_at, received_at, payload)
            VALUES ($id, $unit, $served, $received, $payload)
            ON CONFLICT (id) DO NOTHING
            RETURNING position
            """;
        var id = command.Parameters.Add("$id", SqliteType.Blob);
        var unit = command.Parameters.Add("$unit", SqliteType.Text);
        var served = command.Parameters.Add("$served", SqliteType.Integer);
        var received = command.Parameters.Add("$received", SqliteType.Integer);
        var payload = command.Parameters.Add("$payload", SqliteType.Blob);
        command.Prepare();

        var positions = new long[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            // One prepared statement for the whole group, run synchronously: Microsoft.Data.Sqlite's async methods
            // complete synchronously anyway, and this is the log's single writer, off the request threads.
            cancellationToken.ThrowIfCancellationRequested();
            var entry = entries[i];
            id.Value = entry.Id.ToByteArray();
            unit.Value = entry.Unit;
            served.Value = entry.ServedAt.ToUnixTimeMilliseconds();
            received.Value = entry.ReceivedAt.ToUnixTimeMilliseconds();
            payload.Value = WholeArray(entry.Payload);
            positions[i] = command.ExecuteScalar() is long position ? position : 0;
        }

        await transaction.CommitAsync(cancellationToken);
        return positions;
    }

    public async Task<IReadOnlyList<LogEntry>> ReadPageAsync(long afterPosition, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT position, id, unit, served_at, received_at, payload FROM response_log
            WHERE position > $after ORDER BY position LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", afterPosition);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<LogEntry>(Math.Min(limit, 1024));
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new LogEntry(
                new Guid((byte[])reader[1]),
                reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                (byte[])reader[5])
            { Position = reader.GetInt64(0) });
        }

        return page;
    }

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(position), 0) FROM response_log";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<int> DeleteOldAsync(DateTimeOffset receivedBefore, long upToPosition, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM response_log WHERE position IN (
                SELECT position FROM response_log
                WHERE position <= $upTo AND received_at < $before ORDER BY position LIMIT $limit)
            """;
        command.Parameters.AddWithValue("$upTo", upToPosition);
        command.Parameters.AddWithValue("$before", receivedBefore.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", limit);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    // The payloads are whole arrays (serialized once per response); copy only when one is a slice.
    private static byte[] WholeArray(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;", cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
