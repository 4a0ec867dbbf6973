using System.Text.RegularExpressions;

namespace Sipas.LoadGen.Tests;

public sealed partial class LoadGenAppTests : IAsyncLifetime
{
    private FakeSilo _silo = null!;

    public async Task InitializeAsync() => _silo = await FakeSilo.StartAsync();

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    private async Task<(int ExitCode, string[] Lines, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await LoadGenApp.RunAsync(args, output, error, TimeProvider.System, interactive: false, CancellationToken.None);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    private string[] Send(params string[] extra) => Send(400, 1, 100, extra);

    private string[] Send(int rate, int duration, int batch, params string[] extra) =>
    [
        "--url", _silo.Url.ToString(), "--key", FakeSilo.Key, "--rate", $"{rate}", "--duration", $"{duration}",
        "--batch", $"{batch}", "--seed", "11", .. extra,
    ];

    private static Dictionary<string, long> Counts(string line)
    {
        Assert.Matches(ContractLine(), line);
        return line.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^sent=\d+ accepted=\d+ duplicate=\d+ rejected=\d+ errors=\d+ p50_ms=\d+ p99_ms=\d+$")]
    private static partial Regex ContractLine();

    [Fact]
    public async Task RunAsync_HealthyServer_EverythingAcceptedExitZero()
    {
        var (exitCode, lines, _) = await RunAsync(Send("--quiet"));

        var counts = Counts(lines[^1]);
        Assert.Equal(0, exitCode);
        Assert.Equal((400, 400, 0, 0, 0), (counts["sent"], counts["accepted"], counts["duplicate"], counts["rejected"], counts["errors"]));
        Assert.Equal(400, _silo.Stored);
        Assert.Equal(4, _silo.Requests);
    }

    [Fact]
    public async Task RunAsync_NotQuiet_PlainLinesAndContractLineLast()
    {
        var (exitCode, lines, _) = await RunAsync(Send(50, 6, 100));

        Assert.Equal(0, exitCode);
        Assert.Contains(lines, l => l.StartsWith('[') && l.Contains("accepted=", StringComparison.Ordinal));
        Assert.StartsWith("seed=11 ", lines[^2], StringComparison.Ordinal);
        Assert.Equal(300, Counts(lines[^1])["accepted"]);
    }

    [Fact]
    public async Task RunAsync_Prepare_SendsTheSameResponsesAsUnpreparedRun()
    {
        var prepared = await RunAsync(Send(400, 1, 100, "--prepare"));
        var preparedIds = _silo.Ids;
        await _silo.DisposeAsync();
        _silo = await FakeSilo.StartAsync();
        var unprepared = await RunAsync(Send(400, 1, 100, "--quiet"));

        Assert.Equal((0, 0), (prepared.ExitCode, unprepared.ExitCode));
        Assert.StartsWith("prepared 400 responses in 4 requests in ", prepared.Lines[0], StringComparison.Ordinal);
        Assert.Equal(400, Counts(prepared.Lines[^1])["accepted"]);
        Assert.Equal(400, preparedIds.Count);
        Assert.True(preparedIds.SetEquals(_silo.Ids));
    }

    [Fact]
    public async Task RunAsync_Duplicates_ComeBackDuplicateExitZero()
    {
        var (exitCode, lines, _) = await RunAsync(Send(400, 3, 50, "--quiet", "--duplicates", "0.3"));

        var counts = Counts(lines[^1]);
        Assert.Equal(0, exitCode);
        Assert.Equal(1_200, counts["sent"]);
        // Resends start once the first acknowledgements are back: about 30% of what follows.
        Assert.InRange(counts["duplicate"], 1, 400);
        Assert.Equal(counts["sent"], counts["accepted"] + counts["duplicate"]);
        Assert.Equal(counts["accepted"], _silo.Stored);
    }

    [Fact]
    public async Task RunAsync_ServerIgnoresIdempotency_ExitOne()
    {
        _silo.ForgetDuplicates = true;

        var (exitCode, lines, _) = await RunAsync(Send(400, 3, 50, "--quiet", "--duplicates", "0.3"));

        Assert.Equal(1, exitCode);
        Assert.True(Counts(lines[^1])["errors"] > 0);
        Assert.Contains(lines, l => l.Contains("idempotency broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Server500_ErrorsExitOne()
    {
        _silo.Fail = true;

        var (exitCode, lines, _) = await RunAsync(Send("--quiet"));

        var counts = Counts(lines[^1]);
        Assert.Equal(1, exitCode);
        Assert.Equal((400, 0, 400), (counts["sent"], counts["accepted"], counts["errors"]));
        Assert.Contains(lines, l => l.Contains("HTTP 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_LostAcknowledgement_ExitOne()
    {
        _silo.DropLastResult = true;

        var (exitCode, lines, _) = await RunAsync(Send("--quiet"));

        var counts = Counts(lines[^1]);
        Assert.Equal(1, exitCode);
        Assert.Equal((396, 4), (counts["accepted"], counts["errors"]));
        Assert.Contains(lines, l => l.Contains("99 results for 100 items", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Throttled_RetriedAndCounted()
    {
        _silo.Throttle(3);

        var (exitCode, lines, _) = await RunAsync(Send("--quiet", "--concurrency", "1"));

        Assert.Equal(0, exitCode);
        Assert.Equal(400, Counts(lines[^1])["accepted"]);
        Assert.Contains("retries=3", lines[^2], StringComparison.Ordinal);
        Assert.Equal(7, _silo.Requests);
    }

    [Fact]
    public async Task RunAsync_WrongKey_ErrorsExitOne()
    {
        var (exitCode, lines, _) = await RunAsync("--url", _silo.Url.ToString(), "--key", "nope", "--rate", "100", "--duration", "1", "--quiet");

        Assert.Equal(1, exitCode);
        Assert.Equal(100, Counts(lines[^1])["errors"]);
    }

    [Fact]
    public async Task RunAsync_NobodyListening_TransportErrorExitOne()
    {
        var url = _silo.Url;
        await _silo.DisposeAsync();
        _silo = await FakeSilo.StartAsync();

        var (exitCode, lines, _) = await RunAsync("--url", url.ToString(), "--key", FakeSilo.Key, "--rate", "100", "--duration", "1", "--quiet");

        Assert.Equal(1, exitCode);
        Assert.Equal(100, Counts(lines[^1])["errors"]);
        Assert.Contains(lines, l => l.Contains("transport error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_OutThenReplayTwice_AcceptedThenDuplicate()
    {
        var file = Path.Combine(Path.GetTempPath(), $"loadgen-{Guid.NewGuid():N}.jsonl");
        try
        {
            var written = await RunAsync("--out", file, "--rate", "300", "--duration", "1", "--seed", "5");
            var first = await RunAsync("--url", _silo.Url.ToString(), "--key", FakeSilo.Key, "--replay", file, "--rate", "1000", "--quiet");
            var second = await RunAsync("--url", _silo.Url.ToString(), "--key", FakeSilo.Key, "--replay", file, "--rate", "1000", "--quiet");

            Assert.Equal(0, written.ExitCode);
            Assert.Equal(300, File.ReadAllLines(file).Length);
            Assert.Equal((0, 300L), (first.ExitCode, Counts(first.Lines[^1])["accepted"]));
            Assert.Equal((0, 300L), (second.ExitCode, Counts(second.Lines[^1])["duplicate"]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RunAsync_InvalidOptions_ExitTwoWithoutSending()
    {
        var (exitCode, _, error) = await RunAsync("--url", _silo.Url.ToString(), "--batch", "5000");

        Assert.Equal(2, exitCode);
        Assert.Contains("--batch", error, StringComparison.Ordinal);
        Assert.Equal(0, _silo.Requests);
    }

    [Fact]
    public async Task RunAsync_ScenarioFileWithUnknownUnit_ExitTwo()
    {
        var file = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "events": [ { "type": "complaint-burst", "unit": "99.X", "start": "00:00:00", "duration": "00:15:00" } ] }""");
        try
        {
            var (exitCode, _, error) = await RunAsync(Send("--scenario", file));

            Assert.Equal(2, exitCode);
            Assert.Contains("99.X", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
