using System.Globalization;

namespace Sipas.LoadGen;

/// <summary>Everything a run needs, after parsing. Defaults are those of the command line.</summary>
internal sealed record LoadGenOptions
{
    public const int MaxBatch = 1_000;

    /// <summary>The Silo's base address; null when writing to <see cref="Out"/>.</summary>
    public Uri? Url { get; init; }

    /// <summary>API key sent as <c>Authorization: Bearer</c>; none when null.</summary>
    public string? Key { get; init; }

    /// <summary>Responses per second. Default 100.</summary>
    public double Rate { get; init; } = 100;

    /// <summary>How long to send; null = 60 s when generating, the whole file when replaying.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Largest batch per request. Default 500, at most 1,000.</summary>
    public int Batch { get; init; } = 500;

    /// <summary>Requests in flight at most; null = enough for the rate (<see cref="EffectiveConcurrency"/>).</summary>
    public int? Concurrency { get; init; }

    public int Seed { get; init; }

    public string? ScenarioFile { get; init; }

    public string? Out { get; init; }

    public string? Replay { get; init; }

    public TimeMode TimeMode { get; init; } = TimeMode.Live;

    /// <summary>Backfill period; null = the 30 days before now.</summary>
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>Share of items that resend an already accepted response (expected back as duplicate). Default 0.</summary>
    public double Duplicates { get; init; }

    public bool Quiet { get; init; }

    /// <summary>How long a generated run lasts when <see cref="Duration"/> is not given.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(60);

    /// <summary>Responses a generated run sends: rate × duration.</summary>
    public long GeneratedTotal => (long)Math.Round(Rate * (Duration ?? DefaultDuration).TotalSeconds);

    /// <summary>Build every request body before the run starts. Default false.</summary>
    public bool Prepare { get; init; }

    /// <summary>The most responses <c>--prepare</c> holds in memory (about 1 KB each).</summary>
    public const long MaxPrepared = 2_000_000;

    /// <summary>Items in one batch: the batch option, but small enough that one leaves at least every second.</summary>
    public int EffectiveBatch => (int)Math.Clamp(Math.Floor(Rate), 1, Batch);

    /// <summary>At least 8; more when the rate needs more than 4 requests a second (assuming replies within 2 s).</summary>
    public int EffectiveConcurrency => Concurrency ?? (int)Math.Clamp(Math.Ceiling(Rate / EffectiveBatch * 2), 8, 256);

    /// <summary>Every problem with the combination of options (an empty list means the run can start).</summary>
    public IReadOnlyList<string> Validate(DateTimeOffset now)
    {
        var problems = new List<string>();
        if (Out is null && Url is null)
        {
            problems.Add("give --url (send to a Silo) or --out (write a file)");
        }

        if (Out is not null && (Url is not null || Replay is not null))
        {
            problems.Add("--out writes a file instead of sending: it cannot be combined with --url or --replay");
        }

        if (Url is not null && (!Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https")))
        {
            problems.Add($"--url must be an absolute http(s) address (got '{Url}')");
        }

        if (!(Rate > 0) || double.IsInfinity(Rate))
        {
            problems.Add($"--rate must be a positive number of responses per second (got {Rate.ToString(CultureInfo.InvariantCulture)})");
        }

        if (Duration is { } duration && duration <= TimeSpan.Zero)
        {
            problems.Add("--duration must be a positive number of seconds");
        }

        if (Batch is < 1 or > MaxBatch)
        {
            problems.Add($"--batch must lie in 1..{MaxBatch} (got {Batch})");
        }

        if (Concurrency is < 1 or > 1_024)
        {
            problems.Add($"--concurrency must lie in 1..1024 (got {Concurrency})");
        }

        if (Duplicates is < 0 or >= 1 || double.IsNaN(Duplicates))
        {
            problems.Add($"--duplicates must be a fraction in [0, 1) (got {Duplicates.ToString(CultureInfo.InvariantCulture)})");
        }

        if (Prepare && Duplicates > 0)
        {
            problems.Add("--prepare builds every batch before the run, but --duplicates resends what the Silo accepted during it: use one or the other");
        }

        if (Prepare && Out is not null)
        {
            problems.Add("--prepare applies to sending; --out writes a file");
        }

        if (Prepare && Replay is null && GeneratedTotal > MaxPrepared)
        {
            problems.Add($"--prepare holds the whole run in memory: at most {MaxPrepared:N0} responses (--rate × --duration); drop --prepare for longer runs");
        }

        CheckTimes(now, problems);
        return problems;
    }

    /// <summary>The backfill period, defaulted.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Period(DateTimeOffset now)
    {
        var to = To ?? now;
        return (From ?? to.AddDays(-30), to);
    }

    private void CheckTimes(DateTimeOffset now, List<string> problems)
    {
        if (TimeMode == TimeMode.Live && (From is not null || To is not null))
        {
            problems.Add("--from and --to apply to --time-mode backfill only");
        }

        if (Replay is not null && TimeMode == TimeMode.Backfill)
        {
            problems.Add("--replay sends the file as it is: --time-mode backfill does not apply");
        }

        var (from, to) = Period(now);
        if (TimeMode == TimeMode.Backfill && from >= to)
        {
            problems.Add($"--from ({from:O}) must come before --to ({to:O})");
        }

        if (TimeMode == TimeMode.Backfill && to > now)
        {
            problems.Add($"--to ({to:O}) lies in the future; a backfill loads the past");
        }
    }
}
