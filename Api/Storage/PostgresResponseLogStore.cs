using Npgsql;
using NpgsqlTypes;

namespace Sipas.Api.Storage;

/// <summary>
/// The response log in PostgreSQL. A batch is one <c>INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING</c>:
/// one round trip and one commit whatever the batch size.
/// </summary>
public sealed class PostgresResponseLogStore(NpgsqlDataSource dataSource) : IResponseLogStore
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Read("postgres-response-log.sql"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long[]> InsertBatchAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        var ids = new Guid[entries.Count];
        var units = new string[entries.Count];
        var served = new DateTime[entries.Count];
        var received = new DateTime[entries.Count];
        var payloads = new byte[entries.Count][];
        for (var i = 0; i < entries.Count; i++)
        {
            ids[i] = entries[i].Id;
            units[i] = entries[i].Unit;
            served[i] = entries[i].ServedAt.UtcDateTime;
            received[i] = entries[i].ReceivedAt.UtcDateTime;
            payloads[i] = entries[i].Payload.ToArray();
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO response_log (id, unit, served_at, received_at, payload)
            SELECT * FROM unnest($1, $2, $3, $4, $5)
            ON CONFLICT (id) DO NOTHING
            RETURNING id, position
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = units, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = served, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = received, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });

        // The ids are unique within a batch (GroupCommitResponseLog sees to it), so id → position is unambiguous.
        var inserted = new Dictionary<Guid, long>(entries.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted[reader.GetGuid(0)] = reader.GetInt64(1);
            }
        }

        var positions = new long[entries.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = inserted.GetValueOrDefault(ids[i]);
        }

        return positions;
    }

    public async Task<IReadOnlyList<LogEntry>> ReadPageAsync(long afterPosition, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT position, id, unit, served_at, received_at, payload FROM response_log
            WHERE position > $1 ORDER BY position LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterPosition });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<LogEntry>(Math.Min(limit, 1024));
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new LogEntry(
                reader.GetGuid(1),
                reader.GetString(2),
                new DateTimeOffset(reader.GetDateTime(3)),
                new DateTimeOffset(reader.GetDateTime(4)),
                reader.GetFieldValue<byte[]>(5))
            { Position = reader.GetInt64(0) });
        }

        return page;
    }

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT COALESCE(MAX(position), 0) FROM response_log");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<int> DeleteOldAsync(DateTimeOffset receivedBefore, long upToPosition, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            DELETE FROM response_log WHERE position IN (
                SELECT position FROM response_log
                WHERE position <= $1 AND received_at < $2 ORDER BY position LIMIT $3)
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = upToPosition });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = receivedBefore.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
