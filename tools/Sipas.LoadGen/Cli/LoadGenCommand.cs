using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using Sipas.Grains.Aggregates;

namespace Sipas.LoadGen.Cli;

/// <summary>The command line: options, their parsing and the mapping to <see cref="LoadGenOptions"/>.</summary>
internal sealed partial class LoadGenCommand
{
    private readonly Option<Uri?> _url = new("--url") { Description = "Base address of the Silo, e.g. http://localhost:5000", CustomParser = ParseUri };
    private readonly Option<string?> _key = new("--key") { Description = "API key, sent as 'Authorization: Bearer <key>'" };
    private readonly Option<double> _rate = new("--rate") { Description = "Responses per second (open loop)", DefaultValueFactory = _ => 100 };
    private readonly Option<double?> _duration = new("--duration") { Description = "Seconds to send [default: 60; replay: the whole file]" };
    private readonly Option<int> _batch = new("--batch") { Description = "Most responses per request (1..1000)", DefaultValueFactory = _ => 500 };
    private readonly Option<int?> _concurrency = new("--concurrency") { Description = "Most requests in flight [default: enough for the rate, at least 8]" };
    private readonly Option<int?> _seed = new("--seed") { Description = "Seed of the simulated stream [default: random, printed at the end]" };
    private readonly Option<string?> _scenario = new("--scenario") { Description = "Scenario JSON file [default: the built-in scenario]" };
    private readonly Option<string?> _out = new("--out") { Description = "Write the responses to this JSON Lines file instead of sending" };
    private readonly Option<string?> _replay = new("--replay") { Description = "Send the responses of this JSON Lines file" };
    private readonly Option<string> _timeMode = new("--time-mode") { Description = "servedAt = now (live) or spread over --from/--to (backfill)", DefaultValueFactory = _ => "live" };
    private readonly Option<DateTimeOffset?> _from = new("--from") { Description = "Backfill start (ISO 8601; no offset = Vietnam time) [default: --to minus 30 days]", CustomParser = ParseInstant };
    private readonly Option<DateTimeOffset?> _to = new("--to") { Description = "Backfill end [default: now]", CustomParser = ParseInstant };
    private readonly Option<double> _duplicates = new("--duplicates") { Description = "Fraction of items that resend an accepted id (expected back as duplicate)", DefaultValueFactory = _ => 0 };
    private readonly Option<bool> _quiet = new("--quiet") { Description = "No progress display, only the summary" };
    private readonly Option<bool> _prepare = new("--prepare") { Description = "Build every request body before the clock starts (for benchmarks on the Silo's machine; the run is held in memory)" };

    public LoadGenCommand()
    {
        _timeMode.AcceptOnlyFromAmong("live", "backfill");
        Root = new RootCommand("SIPAS Live load generator: simulated survey responses posted to a Silo at a fixed rate.")
        {
            _url, _key, _rate, _duration, _batch, _concurrency, _seed, _scenario, _out, _replay, _timeMode, _from, _to, _duplicates, _quiet, _prepare,
        };
    }

    public RootCommand Root { get; }

    /// <summary>Parses <paramref name="args"/>; <paramref name="randomSeed"/> supplies the seed when none is given.</summary>
    public ParsedCommandLine Parse(IReadOnlyList<string> args, Func<int> randomSeed)
    {
        ArgumentNullException.ThrowIfNull(randomSeed);
        var result = Root.Parse(args);
        if (result.Errors.Count > 0)
        {
            return new ParsedCommandLine(result, null, [.. result.Errors.Select(e => e.Message)]);
        }

        if (result.Action is not null)
        {
            // --help, --version: System.CommandLine handles them.
            return new ParsedCommandLine(result, null, []);
        }

        var options = new LoadGenOptions
        {
            Url = result.GetValue(_url),
            Key = result.GetValue(_key),
            Rate = result.GetValue(_rate),
            Duration = result.GetValue(_duration) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Batch = result.GetValue(_batch),
            Concurrency = result.GetValue(_concurrency),
            Seed = result.GetValue(_seed) ?? randomSeed(),
            ScenarioFile = result.GetValue(_scenario),
            Out = result.GetValue(_out),
            Replay = result.GetValue(_replay),
            TimeMode = result.GetValue(_timeMode) == "backfill" ? TimeMode.Backfill : TimeMode.Live,
            From = result.GetValue(_from),
            To = result.GetValue(_to),
            Duplicates = result.GetValue(_duplicates),
            Quiet = result.GetValue(_quiet),
            Prepare = result.GetValue(_prepare),
        };
        return new ParsedCommandLine(result, options, []);
    }

    private static Uri? ParseUri(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"--url: '{text}' is not an absolute http(s) address");
        return null;
    }

    private static DateTimeOffset? ParseInstant(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && !HasOffset(text))
        {
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        result.AddError($"'{text}' is not an ISO 8601 date or timestamp (e.g. 2025-07-01 or 2025-07-01T09:30:00+07:00)");
        return null;
    }

    private static bool HasOffset(string text) => OffsetPattern().IsMatch(text);

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
