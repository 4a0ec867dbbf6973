using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Sipas.Conformance.Tests.Infrastructure;

/// <summary>Runs the scripts of the Node harness (tests/Sipas.Conformance.Tests/js) and parses their JSON output.</summary>
internal static class NodeHarness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>Runs <c>node script args…</c> and parses the last line of its standard output as JSON.</summary>
    public static async Task<JsonDocument> RunAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunProcessAsync("node", RepositoryPaths.JsDirectory, [script, .. arguments]);
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exitCode != 0 || lastLine is null)
        {
            throw new InvalidOperationException($"node {script} exited with {exitCode}.\nstdout:\n{output}\nstderr:\n{error}");
        }

        return JsonDocument.Parse(lastLine);
    }

    /// <summary>Installs the harness's packages from its lock file when test.sh has not (e.g. a plain dotnet test).</summary>
    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(RepositoryPaths.JsDirectory, "node_modules", "graphql-http")))
            {
                return;
            }

            var (exitCode, output, error) = await RunProcessAsync("npm", RepositoryPaths.JsDirectory, ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {RepositoryPaths.JsDirectory}:\n{output}\n{error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string fileName, string workingDirectory, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }
}
