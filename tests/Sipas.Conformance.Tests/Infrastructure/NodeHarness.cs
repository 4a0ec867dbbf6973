using System.Text.Json;
using Sipas.Testing;

namespace Sipas.Conformance.Tests.Infrastructure;

/// <summary>Runs the scripts of the Node harness (tests/Sipas.Conformance.Tests/js) and parses their JSON output.</summary>
internal static class NodeHarness
{
    private static readonly NodeScripts Scripts = new(RepositoryPaths.JsDirectory, "graphql-http");

    /// <summary>Runs <c>node script args…</c> and parses the last line of its standard output as JSON.</summary>
    public static Task<JsonDocument> RunAsync(string script, params string[] arguments) => Scripts.RunAsync(script, arguments);
}
