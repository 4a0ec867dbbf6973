using System.Text.Json;
using Sipas.Conformance.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sipas.Conformance.Tests;

/// <summary>The graphql-http audit suite (GraphQL-over-HTTP conformance) against the Silo's /graphql endpoint.</summary>
[Collection(SiloCollection.Name)]
public sealed class GraphQLHttpAuditTests(SiloServer silo, ITestOutputHelper output)
{
    [Fact]
    public async Task ServerAudits_SiloEndpoint_NoAuditInError()
    {
        using var report = await NodeHarness.RunAsync("audit.mjs", "--url", silo.GraphQLEndpoint.ToString());

        var audits = report.RootElement.EnumerateArray().ToList();
        foreach (var audit in audits.Where(a => a.GetProperty("status").GetString() != "ok"))
        {
            output.WriteLine(Describe(audit));
        }

        output.WriteLine($"{audits.Count} audits, {audits.Count(a => a.GetProperty("status").GetString() == "ok")} ok");
        var errors = audits.Where(a => a.GetProperty("status").GetString() == "error").Select(Describe).ToList();
        Assert.True(audits.Count >= 50, $"Only {audits.Count} audits ran.");
        Assert.True(errors.Count == 0, "Audits in error:\n" + string.Join("\n", errors));
    }

    private static string Describe(JsonElement audit)
    {
        var reason = audit.TryGetProperty("reason", out var r) ? r.GetString() : "";
        var status = audit.TryGetProperty("httpStatus", out var s) ? s.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        var body = audit.TryGetProperty("body", out var b) ? b.GetString() : "";
        return $"[{audit.GetProperty("status").GetString()}] {audit.GetProperty("id").GetString()} {audit.GetProperty("name").GetString()}: {reason} (HTTP {status}) {body}";
    }
}
