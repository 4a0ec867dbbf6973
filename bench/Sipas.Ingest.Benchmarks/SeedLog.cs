using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Sipas.Ingest.Benchmarks;

/// <summary>
/// Grows a stopped Silo's response log to a given size for the restart benchmark (bench/restart.sh), far faster than
/// ingesting over HTTP: the rows already in the log are the templates (unit, servedAt, payload as the Silo wrote
/// them), and each appended row repeats one of them, in order, under a fresh random id (written into the payload too,
/// so every row stays a valid response of its own). This is set-up, not a measurement: it writes with
/// <c>synchronous=OFF</c> and large transactions, then checkpoints the WAL so the Silo starts on a settled file.
/// </summary>
internal static class SeedLog
{
    private const int Transaction = 100_000;
    private static readonly byte[] IdPrefix = Encoding.UTF8.GetBytes("{\"id\":\"");

    public static async Task<long> RunAsync(string path, long total, TimeProvider clock, TextWriter progress)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"{path} does not exist: start the Silo on its data directory and ingest a few responses first");
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA wal_autocheckpoint=100000;");
        var templates = await ReadTemplatesAsync(connection);
        var existing = templates.Count;
        if (existing == 0)
        {
            throw new ArgumentException($"{path} holds no responses to repeat: ingest a few first");
        }

        var receivedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var stopwatch = Stopwatch.StartNew();
        for (long written = existing; written < total;)
        {
            var count = (int)Math.Min(Transaction, total - written);
            await AppendAsync(connection, templates, written, count, receivedAt);
            written += count;
            if (written % 1_000_000 < Transaction || written == total)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"seed-log: {written:N0} of {total:N0} rows, {stopwatch.Elapsed.TotalSeconds:F0} s"));
            }
        }

        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return Math.Max(0, total - existing);
    }

    private static async Task<List<(string Unit, long ServedAt, byte[] Payload)>> ReadTemplatesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT unit, served_at, payload FROM response_log ORDER BY position";
        await using var reader = await command.ExecuteReaderAsync();
        var templates = new List<(string, long, byte[])>();
        while (await reader.ReadAsync())
        {
            var payload = (byte[])reader[2];
            if (!payload.AsSpan().StartsWith(IdPrefix) || payload.Length < IdPrefix.Length + 36)
            {
                throw new InvalidDataException($"row {templates.Count + 1}: the payload does not start with {{\"id\":\"<uuid>\" as the Silo writes it");
            }

            templates.Add((reader.GetString(0), reader.GetInt64(1), payload));
        }

        return templates;
    }

    private static async Task AppendAsync(SqliteConnection connection, List<(string Unit, long ServedAt, byte[] Payload)> templates, long first, int count, long receivedAt)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO response_log (id, unit, served_at, received_at, payload) VALUES ($id, $unit, $served, $received, $payload)";
        var id = command.Parameters.Add("$id", SqliteType.Blob);
        var unit = command.Parameters.Add("$unit", SqliteType.Text);
        var served = command.Parameters.Add("$served", SqliteType.Integer);
        var received = command.Parameters.Add("$received", SqliteType.Integer);
        var payload = command.Parameters.Add("$payload", SqliteType.Blob);
        received.Value = receivedAt;
        command.Prepare();
        for (var i = 0; i < count; i++)
        {
            var template = templates[(int)((first + i) % templates.Count)];
            var fresh = Guid.NewGuid();
            var bytes = (byte[])template.Payload.Clone();
            Encoding.UTF8.GetBytes(fresh.ToString("D"), bytes.AsSpan(IdPrefix.Length, 36));
            id.Value = fresh.ToByteArray();
            unit.Value = template.Unit;
            served.Value = template.ServedAt;
            payload.Value = bytes;
            command.ExecuteNonQuery();
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
