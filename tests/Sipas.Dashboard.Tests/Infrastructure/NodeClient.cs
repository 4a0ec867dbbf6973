using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Sipas.Dashboard.Tests.Infrastructure;

/// <summary>Runs the Node scripts in tests/Sipas.Dashboard.Tests/js and parses the last line they print as JSON.</summary>
public static class NodeClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string JsDirectory { get; } = Path.Combine(FindRoot(), "tests", "Sipas.Dashboard.Tests", "js");

    public static async Task<JsonDocument> RunAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunProcessAsync("node", [script, .. arguments]);
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exitCode != 0 || lastLine is null)
        {
            throw new InvalidOperationException($"node {script} exited with {exitCode}.\nstdout:\n{output}\nstderr:\n{error}");
        }

        return JsonDocument.Parse(lastLine);
    }

    /// <summary>Installs the packages from the lock file when test.sh has not (e.g. a plain dotnet test).</summary>
    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(JsDirectory, "node_modules", "@microsoft", "signalr")))
            {
                return;
            }

            var (exitCode, output, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {JsDirectory}:\n{output}\n{error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = JsDirectory,
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

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sipas.Orleans.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Sipas.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
