using System.Text.Json;
using Sipas.Testing;

namespace Sipas.Dashboard.Tests.Infrastructure;

/// <summary>Runs the Node scripts in tests/Sipas.Dashboard.Tests/js and parses the last line they print as JSON.</summary>
public static class NodeClient
{
    private static readonly NodeScripts Scripts = new(
        Path.Combine(NodeScripts.RepositoryRoot, "tests", "Sipas.Dashboard.Tests", "js"), Path.Combine("@microsoft", "signalr"));

    public static string JsDirectory => Scripts.Directory;

    public static Task<JsonDocument> RunAsync(string script, params string[] arguments) => Scripts.RunAsync(script, arguments);
}
