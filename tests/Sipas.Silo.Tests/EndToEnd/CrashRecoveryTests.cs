using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Sipas.Api.Ingestion;
using Sipas.Api.Rest;
using Sipas.Api.Storage;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;
using Sipas.Silo.Tests.Rest;

namespace Sipas.Silo.Tests.EndToEnd;

/// <summary>
/// Kills the Silo with SIGKILL while several clients stream responses, restarts it, and checks that every
/// acknowledged response is counted exactly once at every level, equal to a recomputation from the log.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private static readonly string[] Units = ["01001", "01002", "01.STP", "01.TTHCC.Q01", "79001", "79.STP", "48.TTHCC"];
    private readonly string _dataDir = Directory.CreateTempSubdirectory("sipas-crash-").FullName;

    [Fact]
    public async Task KillMidStream_Restart_EveryAcknowledgedResponseCountedOnceEverywhere()
    {
        var acknowledged = new ConcurrentBag<Guid>();
        await using (var silo = await SiloProcess.StartAsync(_dataDir))
        {
            using var stop = new CancellationTokenSource();
            var clients = Enumerable.Range(0, 4).Select(c => StreamAsync(silo, c, acknowledged, stop.Token)).ToList();
            while (acknowledged.Count < 2_000)
            {
                await Task.Delay(20);
            }

            silo.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(clients);
        }

        await using var restarted = await SiloProcess.StartAsync(_dataDir);
        using var client = restarted.CreateClient();
        var logged = ReadLog();

        Assert.Equal(logged.Count, logged.Select(r => r.Id).Distinct().Count());
        Assert.Subset(logged.Select(r => r.Id).ToHashSet(), acknowledged.ToHashSet());
        var tree = UnitTreeLoader.Load2025();
        foreach (var code in Units.Concat(["01", "79", "48", "VN"]))
        {
            var expected = Recompute(logged.Where(r => r.Unit == code || tree.IsInSubtree(r.Unit, code)));
            var actual = await client.GetFromJsonAsync<ScoreDto>(new Uri($"/api/v1/units/{code}/score?window=all", UriKind.Relative));
            Assert.Equal(expected.Responses, actual!.N);
            Assert.Equal(expected.Sipas.Value, actual.Sipas.Value, 9);
            Assert.Equal(expected.Factors.Select(f => f.Index.N), actual.Factors.Select(f => f.N));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private static async Task StreamAsync(SiloProcess silo, int clientNumber, ConcurrentBag<Guid> acknowledged, CancellationToken stop)
    {
        using var client = silo.CreateClient();
        var random = new Random(clientNumber);
        while (!stop.IsCancellationRequested)
        {
            var ids = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();
            var body = "[" + string.Join(",", ids.Select(id => TestItems.Response(id, Units[random.Next(Units.Length)], RandomAnswers(random)))) + "]";
            try
            {
                using var response = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), TestItems.Json(body), stop);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    continue;
                }

                var result = await response.Content.ReadFromJsonAsync<SubmitResult>(stop);
                foreach (var item in result!.Results.Where(r => r.Status == ItemResult.Accepted))
                {
                    acknowledged.Add(Guid.Parse(item.Id!));
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                // The Silo was killed mid-request: that batch was never acknowledged.
            }
        }
    }

    private static string RandomAnswers(Random random)
    {
        var criteria = QuestionnaireCatalog.Embedded.Get("sipas-2017").Criteria.Where(_ => random.NextDouble() < 0.8);
        return "{" + string.Join(",", criteria.Select(c => $"\"{c.Id}\":{random.Next(1, 6)}")) + "}";
    }

    private List<SurveyResponse> ReadLog()
    {
        var store = new SqliteResponseLogStore(Path.Combine(_dataDir, "responses.db"));
        return [.. store.ReadAfterAsync(0, CancellationToken.None).ToBlockingEnumerable().Select(IngestionService.Decode)];
    }

    private static UnitScores Recompute(IEnumerable<SurveyResponse> responses)
    {
        var questionnaire = QuestionnaireCatalog.Embedded.Get("sipas-2017");
        var builder = new TallyBuilder(questionnaire);
        foreach (var response in responses)
        {
            builder.Add(response);
        }

        return IndexCalculator.Compute(builder.ToTally(), questionnaire);
    }
}
