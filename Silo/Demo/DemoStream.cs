using Microsoft.Extensions.Options;
using Sipas.Api.Ingestion;
using Sipas.Api.Live;
using Sipas.Api.Storage;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Simulation;

namespace Sipas.Silo.Demo;

/// <summary>
/// <c>--demo</c>: once the Silo is ready, backfills a month of history on a first start, then streams simulated
/// responses (the default scenario: province levels around the published 2024 figures, one agency drifting down)
/// through the same ingestion path as REST, so a newcomer sees every number move.
/// </summary>
public sealed partial class DemoStream(
    IOptions<SiloOptions> silo,
    IOptions<DemoOptions> options,
    Readiness readiness,
    IngestionService ingestion,
    IResponseLogStore log,
    UnitDirectory directory,
    QuestionnaireCatalog questionnaires,
    TimeProvider clock,
    ILogger<DemoStream> logger) : BackgroundService
{
    private const int BatchSize = 1_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!silo.Value.Demo)
        {
            return;
        }

        await readiness.WhenReady.WaitAsync(stoppingToken);
        var demo = options.Value;
        var now = clock.GetUtcNow();
        var stream = new ResponseStream(directory.Tree, questionnaires, Scenario.Default, demo.Seed, now);
        if (await log.LastPositionAsync(stoppingToken) == 0)
        {
            await BackfillAsync(stream, now, demo, stoppingToken);
        }

        LogStreaming(demo.Rate);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        var from = clock.GetUtcNow();
        var carry = 0.0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var to = clock.GetUtcNow();
            carry += demo.Rate * (to - from).TotalSeconds;
            var count = (int)carry;
            carry -= count;
            await ingestion.SubmitAsync(stream.Take(count, from, to), stoppingToken);
            from = to;
        }
    }

    private async Task BackfillAsync(ResponseStream stream, DateTimeOffset now, DemoOptions demo, CancellationToken cancellationToken)
    {
        var start = now.AddDays(-demo.BackfillDays);
        var step = (now - start) / Math.Max(1, demo.Backfill / BatchSize);
        for (var at = start; at < now; at += step)
        {
            await ingestion.SubmitAsync(stream.Take(BatchSize, at, at + step < now ? at + step : now), cancellationToken);
        }

        LogBackfilled(demo.Backfill, demo.BackfillDays);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Demo: backfilled about {Count} simulated responses over the last {Days} days")]
    private partial void LogBackfilled(int count, int days);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Demo: streaming {Rate} simulated responses per second")]
    private partial void LogStreaming(double rate);
}
