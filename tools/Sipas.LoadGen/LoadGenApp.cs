using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Simulation;
using Sipas.Grains.Units;
using Sipas.LoadGen.Cli;
using Sipas.LoadGen.Display;
using Sipas.LoadGen.Sending;
using Sipas.LoadGen.Sources;
using Sipas.LoadGen.Stats;
using Sipas.LoadGen.Wire;

namespace Sipas.LoadGen;

/// <summary>
/// The program, with its console and clock passed in (tests run it in-process). Exit codes: 0 every item
/// acknowledged; 1 the server misbehaved (a 5xx, a transport error, a lost or wrong acknowledgement); 2 bad usage.
/// </summary>
internal static class LoadGenApp
{
    public const int Usage = 2;

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider clock, bool interactive, CancellationToken cancellationToken)
    {
        var parsed = new LoadGenCommand().Parse(args, () => Random.Shared.Next());
        if (parsed.Errors.Count > 0 || parsed.Options is null)
        {
            return Report(parsed, output, error);
        }

        var options = parsed.Options;
        var problems = options.Validate(clock.GetUtcNow());
        if (problems.Count > 0)
        {
            return Fail(error, problems);
        }

        try
        {
            return options.Out is not null
                ? await WriteFileAsync(options, output, clock, cancellationToken)
                : await SendAsync(options, output, clock, interactive, cancellationToken);
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Fail(error, [exception.Message]);
        }
    }

    private static async Task<int> SendAsync(LoadGenOptions options, TextWriter output, TimeProvider clock, bool interactive, CancellationToken cancellationToken)
    {
        var (source, schedule) = CreateSource(options, clock);
        if (options.Prepare)
        {
            var started = clock.GetTimestamp();
            source = new PreparedSource(source, schedule);
            if (!options.Quiet)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"prepared {schedule.Total} responses in {schedule.BatchCount} requests in {clock.GetElapsedTime(started).TotalSeconds:0.0} s"));
            }
        }

        using var http = ResponsesClient.CreateHttpClient(options.EffectiveConcurrency);
        var client = new ResponsesClient(http, options.Url!, options.Key, clock, duplicatesAllowed: options.Replay is not null);
        var runner = new LoadRunner(source, schedule, client.SendAsync, options.EffectiveConcurrency, clock);
        IProgressDisplay display = options.Quiet ? new QuietDisplay()
            : interactive ? new LiveDisplay(clock)
            : new PlainDisplay(output, clock, TimeSpan.FromSeconds(5));
        var summary = await runner.RunAsync(display, cancellationToken);
        WriteSummary(output, options, summary);
        return summary.ExitCode;
    }

    private static async Task<int> WriteFileAsync(LoadGenOptions options, TextWriter output, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (source, schedule) = CreateSource(options, clock);
        await using var file = new StreamWriter(options.Out!, append: false);
        foreach (var batch in schedule.Batches())
        {
            var items = source.Next(batch);
            foreach (var item in items)
            {
                await file.WriteLineAsync(JsonSerializer.Serialize(item.Response, LoadGenJsonContext.Default.WireResponse).AsMemory(), cancellationToken);
            }

            source.Accepted(items);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {schedule.Total} responses to {options.Out} (seed={options.Seed})"));
        return 0;
    }

    private static (IResponseSource Source, RateSchedule Schedule) CreateSource(LoadGenOptions options, TimeProvider clock)
    {
        if (options.Replay is not null)
        {
            using var reader = new StreamReader(options.Replay);
            var responses = ReplaySource.Read(reader);
            var limit = options.Duration is { } duration ? (long)Math.Round(options.Rate * duration.TotalSeconds) : long.MaxValue;
            var replay = new ReplaySource(responses, limit);
            return (replay, new RateSchedule(options.Rate, options.EffectiveBatch, replay.Total));
        }

        var scenario = options.ScenarioFile is null ? Scenario.Default : Scenario.Parse(File.ReadAllText(options.ScenarioFile));
        var schedule = new RateSchedule(options.Rate, options.EffectiveBatch, options.GeneratedTotal);
        var now = clock.GetUtcNow();
        var (origin, end) = options.TimeMode == TimeMode.Backfill ? options.Period(now) : (now, now + schedule.Length);
        var stream = new ResponseStream(UnitTreeLoader.Load2025(), QuestionnaireCatalog.Embedded, scenario, options.Seed, origin);
        var source = new GeneratedSource(stream, schedule, end, options.TimeMode == TimeMode.Backfill, options.Duplicates, options.Seed);
        return (source, schedule);
    }

    private static void WriteSummary(TextWriter output, LoadGenOptions options, RunSummary summary)
    {
        foreach (var problem in summary.Problems)
        {
            output.WriteLine($"problem: {problem}");
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"seed={options.Seed} elapsed_s={summary.Elapsed.TotalSeconds:0.0} rate={(summary.Elapsed > TimeSpan.Zero ? summary.Sent / summary.Elapsed.TotalSeconds : 0):0}/s retries={summary.Retries} exit={summary.ExitCode}"));
        // Scripts read this line: it must stay the last one.
        output.WriteLine(summary.ContractLine());
    }

    private static int Report(ParsedCommandLine parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Errors.Count > 0)
        {
            return Fail(error, parsed.Errors);
        }

        return parsed.Result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Fail(TextWriter error, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem}");
        }

        error.WriteLine("Run with --help for the options.");
        return Usage;
    }
}
