using Sipas.LoadGen.Sending;

namespace Sipas.LoadGen.Stats;

/// <summary>Thread-safe counters of a run, fed by the senders and read by the display.</summary>
internal sealed class LoadStats(long total, TimeSpan planned)
{
    private const int MaxProblems = 20;
    private readonly Lock _gate = new();
    private readonly List<string> _problems = [];
    private long _sent;
    private long _accepted;
    private long _duplicate;
    private long _rejected;
    private long _errors;
    private long _retries;
    private long _problemCount;

    public LatencyRecorder Latency { get; } = new();

    public void Sending(int items) => Interlocked.Add(ref _sent, items);

    public void Completed(SendResult result, TimeSpan latency)
    {
        ArgumentNullException.ThrowIfNull(result);
        Latency.Record(latency);
        Interlocked.Add(ref _accepted, result.Tally.Accepted);
        Interlocked.Add(ref _duplicate, result.Tally.Duplicate);
        Interlocked.Add(ref _rejected, result.Tally.Rejected);
        Interlocked.Add(ref _errors, result.Tally.Errors);
        Interlocked.Add(ref _retries, result.Retries);
        foreach (var problem in result.Tally.Problems)
        {
            Problem(problem);
        }
    }

    /// <summary>Keeps the first problems verbatim (the rest are only counted: one broken server repeats itself).</summary>
    public void Problem(string problem)
    {
        lock (_gate)
        {
            _problemCount++;
            if (_problems.Count < MaxProblems)
            {
                _problems.Add(problem);
            }
        }
    }

    public ProgressSnapshot Snapshot(TimeSpan elapsed) => new(
        Interlocked.Read(ref _sent), Interlocked.Read(ref _accepted), Interlocked.Read(ref _duplicate),
        Interlocked.Read(ref _rejected), Interlocked.Read(ref _errors), Interlocked.Read(ref _retries),
        Latency.Percentile(50), Latency.Percentile(99), elapsed, planned, total);

    public RunSummary Summary(TimeSpan elapsed)
    {
        var snapshot = Snapshot(elapsed);
        List<string> problems;
        lock (_gate)
        {
            problems = [.. _problems];
            if (_problemCount > _problems.Count)
            {
                problems.Add($"… and {_problemCount - _problems.Count} more problems");
            }
        }

        return new RunSummary(
            snapshot.Sent, snapshot.Accepted, snapshot.Duplicate, snapshot.Rejected, snapshot.Errors, snapshot.Retries,
            snapshot.P50Ms, snapshot.P99Ms, elapsed, problems);
    }
}
