using System.Text;
using Microsoft.Data.Sqlite;

namespace Sipas.Ingest.Benchmarks;

/// <summary>
/// Rows shaped like the response log's: a fresh random id, a unit code, two Unix-millisecond times and a UTF-8 JSON
/// payload. Payloads and units come from the Silo's own log when a sample file is given (the realistic size and
/// content), else from one synthetic response of about 500 bytes.
/// </summary>
internal sealed class RowSource
{
    private const int SampleSize = 2_000;

    private readonly (string Unit, byte[] Payload)[] _samples;
    private readonly long _nowMs;

    private RowSource((string Unit, byte[] Payload)[] samples, long nowMs, string description)
    {
        _samples = samples;
        _nowMs = nowMs;
        Description = description;
        AveragePayloadBytes = samples.Average(s => s.Payload.Length);
    }

    public string Description { get; }

    public double AveragePayloadBytes { get; }

    public static RowSource Create(string? samplePath, TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (samplePath is not null && File.Exists(samplePath))
        {
            var samples = ReadSamples(samplePath);
            if (samples.Length > 0)
            {
                return new RowSource(samples, now, $"{samples.Length} sampled from {samplePath}");
            }
        }

        return new RowSource([("01.TTHCC.Q01", Synthetic())], now, "one synthetic response");
    }

    public Row Get(int index)
    {
        var (unit, payload) = _samples[index % _samples.Length];
        return new Row(Guid.NewGuid(), unit, _nowMs - 60_000 + (index % 60_000), _nowMs, payload);
    }

    private static (string, byte[])[] ReadSamples(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT unit, payload FROM response_log ORDER BY position DESC LIMIT $n";
        command.Parameters.AddWithValue("$n", SampleSize);
        using var reader = command.ExecuteReader();
        var samples = new List<(string, byte[])>(SampleSize);
        while (reader.Read())
        {
            samples.Add((reader.GetString(0), (byte[])reader[1]));
        }

        return [.. samples];
    }

    private static byte[] Synthetic() => Encoding.UTF8.GetBytes("""
        {"id":"5077c48c-ed9c-4618-bd9e-78ed6bb5cdcf","unit":"01.TTHCC.Q01","questionnaire":"sipas-2017","servedAt":"2026-11-22T13:25:35.0655801+07:00","channel":"kiosk","answers":{"TC1":5,"TC2":5,"TC3":5,"TC4":4,"TT1":5,"TT2":4,"TT3":4,"TT4":3,"TT5":5,"CC1":4,"CC2":4,"CC3":5,"CC4":5,"CC5":4,"CC6":4,"KQ1":4,"KQ2":5,"KQ3":3,"PA1":5,"PA2":4,"PA3":5,"PA4":5},"overall":4,"procedure":"1.012774","dossier":"H01TTHCCQ01-261122-902124","comment":"Cán bộ hướng dẫn tận tình, thủ tục nhanh gọn."}
        """);
}
