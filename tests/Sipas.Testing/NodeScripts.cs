using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Sipas.Testing;

/// <summary>
/// Runs the Node scripts of one folder with its own package.json and parses the last line each prints as JSON.
/// The folder's packages are installed from its lock file first when test.sh has not (e.g. a plain dotnet test).
/// </summary>
/// <param name="directory">The folder of the scripts and their package-lock.json.</param>
/// <param name="markerPackage">A package whose presence under node_modules means the install is done, e.g. <c>graphql-http</c>.</param>
public sealed class NodeScripts(string directory, string markerPackage)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly SemaphoreSlim _installLock = new(1, 1);

    /// <summary>The repository's root (the folder holding Sipas.Orleans.sln above the test binaries).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public string Directory => directory;

    /// <summary>Runs <c>node script args…</c> in the folder and parses the last line of its standard output as JSON.</summary>
    public async Task<JsonDocument> RunAsync(string script, params string[] arguments)
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

    private async Task EnsureInstalledAsync()
    {
        await _installLock.WaitAsync();
        try
        {
            if (System.IO.Directory.Exists(Path.Combine(directory, "node_modules", markerPackage)))
            {
                return;
            }

            var (exitCode, output, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {directory}:\n{output}\n{error}");
            }
        }
        finally
        {
            _installLock.Release();
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
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
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sipas.Orleans.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Sipas.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
