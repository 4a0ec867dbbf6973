using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sipas.Api.Ingestion;
using Sipas.Api.Storage;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;

namespace Sipas.Ingest.Benchmarks;

/// <summary>
/// The ingestion endpoint's own work per response, in process and on one thread: parse a 1,000-item body, read each
/// item (<see cref="ResponseJsonReader"/>), validate, scrub and serialize it (<see cref="IngestionService"/>), with a
/// log that accepts everything at once. No HTTP, no database, no grains: what the Silo spends on a response before
/// the log. Reports CPU µs and bytes allocated per response, the best of five rounds after a warm-up.
/// </summary>
internal static class EndpointCost
{
    private const int Rounds = 5;
    private const int BodiesPerRound = 200;

    public static async Task<(double Microseconds, double Bytes)> RunAsync(string jsonLinesPath)
    {
        var lines = File.ReadLines(jsonLinesPath).Where(l => !string.IsNullOrWhiteSpace(l)).Take(1_000).ToList();
        if (lines.Count == 0)
        {
            throw new ArgumentException($"{jsonLinesPath} holds no responses: write some with Sipas.LoadGen --out");
        }

        var body = Encoding.UTF8.GetBytes("[" + string.Join(",", lines) + "]");
        var validator = new ResponseValidator(UnitTreeLoader.Load2025(), QuestionnaireCatalog.Embedded, TimeProvider.System);
        var ingestion = new IngestionService(validator, new AcceptingLog(), TimeProvider.System);
        for (var i = 0; i < BodiesPerRound; i++)
        {
            await SubmitAsync(ingestion, body, lines.Count);
        }

        var best = (Microseconds: double.MaxValue, Bytes: double.MaxValue);
        for (var round = 0; round < Rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < BodiesPerRound; i++)
            {
                await SubmitAsync(ingestion, body, lines.Count);
            }

            var responses = (double)BodiesPerRound * lines.Count;
            var microseconds = Stopwatch.GetElapsedTime(started).TotalMicroseconds / responses;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / responses;
            best = (Math.Min(best.Microseconds, microseconds), Math.Min(best.Bytes, bytes));
        }

        return best;
    }

    private static async Task SubmitAsync(IngestionService ingestion, byte[] body, int count)
    {
        using var document = JsonDocument.Parse(body);
        var items = new List<ParsedItem>(count);
        foreach (var element in document.RootElement.EnumerateArray())
        {
            items.Add(ResponseJsonReader.Read(element));
        }

        var results = await ingestion.SubmitAsync(items, _ => true, CancellationToken.None);
        if (results.Any(r => r.Status != ItemResult.Accepted))
        {
            throw new InvalidDataException("a sample response was not accepted: the sample must be valid responses (Sipas.LoadGen --out)");
        }
    }

    /// <summary>Accepts every entry at once, in order (no storage).</summary>
    private sealed class AcceptingLog : IResponseLog
    {
        private long _position;

        public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AppendResult>>([.. entries.Select(e => new AppendResult(e.Id, true, ++_position))]);

        public IAsyncEnumerable<LogEntry> ReadAfterAsync(long afterPosition, CancellationToken cancellationToken) =>
            throw new NotSupportedException("the endpoint benchmark only appends");

        public Task<long> LastPositionAsync(CancellationToken cancellationToken) => Task.FromResult(_position);
    }
}
