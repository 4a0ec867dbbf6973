using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Ingestion;
using Sipas.Api.Rest;
using Sipas.Api.Storage;
using Xunit.Abstractions;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>
/// More than 10,000 seeded hostile inputs against the real Silo (HTTP in memory, WebSockets through the test server):
/// no 5xx, every rejection explained, the server healthy afterwards, and every accepted response in the log exactly
/// once, unchanged, and counted by the nation.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 6_2025;
    private readonly HostileSilo _silo = new();

    public async Task InitializeAsync() => (await _silo.ReadyClientAsync()).Dispose();

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Run_TenThousandSeededHostileInputs_No5xxEachRejectionExplainedNothingAcceptedLostOrChanged()
    {
        using var client = await _silo.ReadyClientAsync();
        var key = _silo.AdminKey;
        var generator = new HostileInputGenerator(Seed, TimeProvider.System.GetUtcNow());
        var checker = new HostileRunChecker();
        foreach (var chunk in generator.Baseline(200).Chunk(50))
        {
            var baseline = new HostileHttpCase("baseline", HttpMethod.Post, HostileInputGenerator.ResponsesPath,
                Encoding.UTF8.GetBytes("[" + string.Join(",", chunk.Select(k => k.Json)) + "]"), ExpectedStatus: 202, Items: chunk);
            await SendAsync(client, key, baseline, checker);
        }

        var http = generator.HttpCases();
        var sockets = generator.SocketCases();
        var clock = Stopwatch.StartNew();

        var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        await Task.WhenAll(
            Parallel.ForEachAsync(http, options, async (hostile, _) => await SendAsync(client, key, hostile, checker)),
            Parallel.ForEachAsync(sockets, options, async (hostile, _) => await HostileSocketRunner.RunAsync(_silo.Server, key, hostile, checker)));
        var elapsed = clock.Elapsed;

        // Valid batches ride along to check that nothing accepted is lost; they are not counted as hostile.
        var hostileCount = http.Count(c => c.Category != HostileInputGenerator.ValidBatches) + sockets.Count;
        Report(checker, hostileCount, elapsed);
        Assert.True(checker.Failures.Count == 0, $"{checker.Failures.Count} failures, the first ones:\n" + string.Join("\n", checker.Failures.Take(40)));
        Assert.True(hostileCount >= 10_000, $"only {hostileCount} hostile inputs");
        await AssertHealthyAsync(client);
        await AssertNothingAcceptedLostOrChangedAsync(client, generator, checker);
    }

    private static async Task SendAsync(HttpClient client, string key, HostileHttpCase hostile, HostileRunChecker checker)
    {
        using var request = new HttpRequestMessage(hostile.Method, new Uri(hostile.Path, UriKind.Relative));
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }
        }

        if (hostile.SendKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else
        {
            request.Headers.Authorization = null;
        }

        foreach (var (name, value) in hostile.Headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (hostile.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", hostile.Accept);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        checker.CheckHttp(hostile, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    private void Report(HostileRunChecker checker, int total, TimeSpan elapsed)
    {
        output.WriteLine($"{total:N0} hostile inputs in {elapsed.TotalSeconds:F1} s (seed {Seed}); accepted responses: {checker.Accepted.Count:N0}");
        foreach (var (category, count) in checker.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {category,-36} {count,6:N0}");
        }
    }

    private static async Task AssertHealthyAsync(HttpClient client)
    {
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private async Task AssertNothingAcceptedLostOrChangedAsync(HttpClient client, HostileInputGenerator generator, HostileRunChecker checker)
    {
        Assert.All(checker.Accepted, a => Assert.True(a.Value == 1, $"{a.Key} was accepted {a.Value} times"));
        var log = _silo.Services.GetRequiredService<IResponseLog>();
        var logged = new List<Grains.Responses.SurveyResponse>();
        await foreach (var entry in log.ReadAfterAsync(0, CancellationToken.None))
        {
            logged.Add(IngestionService.Decode(entry));
        }

        var byId = logged.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(byId, g => Assert.True(g.Value.Count == 1, $"{g.Key} is in the log {g.Value.Count} times"));
        Assert.Equal(checker.Accepted.Keys.Select(Guid.Parse).Order(), byId.Keys.Order());
        var known = generator.Known.Where(k => checker.Accepted.ContainsKey(k.Id.ToString())).ToList();
        Assert.True(known.Count >= 1_000, $"only {known.Count} known responses were accepted");
        Assert.All(known, k => Assert.Equal(k.Expected, byId[k.Id].Single()));

        var nation = await EventuallyNationCountsAsync(client, logged.Count);
        Assert.Equal(logged.Count, nation);
    }

    private static async Task<long> EventuallyNationCountsAsync(HttpClient client, long expected)
    {
        long n = -1;
        for (var attempt = 0; attempt < 1_200; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/units/VN/score?window=all", UriKind.Relative));
            n = (await SiloFactory.ReadAsync<ScoreDto>(response, HttpStatusCode.OK)).N;
            if (n == expected)
            {
                return n;
            }

            await Task.Delay(100);
        }

        return n;
    }
}
