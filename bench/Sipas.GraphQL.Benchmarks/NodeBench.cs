using System.Diagnostics;
using System.Text.Json;

namespace Sipas.GraphQL.Benchmarks;

/// <summary>Runs graphql-js through the conformance harness's bench.mjs (same oracle schema and data).</summary>
internal static class NodeBench
{
    /// <summary>Wall-clock and CPU microseconds per graphql() call.</summary>
    public static async Task<(double Wall, double Cpu)> MicrosecondsPerOperationAsync(string jsDirectory, string queryFile, TimeSpan duration)
    {
        using var result = await RunAsync(jsDirectory, "--query-file", queryFile, "--seconds", ((int)Math.Ceiling(duration.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (result.RootElement.GetProperty("us_per_op").GetDouble(), result.RootElement.GetProperty("cpu_us_per_op").GetDouble());
    }

    public static async Task<string> IntrospectionQueryAsync(string jsDirectory)
    {
        using var result = await RunAsync(jsDirectory, "--print-introspection-query", "1");
        return result.RootElement.GetProperty("query").GetString()!;
    }

    private static async Task<JsonDocument> RunAsync(string jsDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = jsDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.ArgumentList.Add("bench.mjs");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node bench.mjs failed ({process.ExitCode}): {error}");
        }

        return JsonDocument.Parse(output.Trim().Split('\n')[^1]);
    }
}
