using System.Text;
using System.Text.Json;
using Sipas.Conformance.Tests.Infrastructure;
using Sipas.Conformance.Tests.Oracle;
using Sipas.GraphQL.Http;

namespace Sipas.Conformance.Tests;

/// <summary>
/// Every document of the corpus runs on graphql-js 16 (the reference implementation) and on our engine over HTTP, on
/// the same schema and data; data, errors[].message, locations and path must be equal.
/// </summary>
public sealed class OracleTests
{
    private const int MinimumCorpusSize = 300;

    [Fact]
    public async Task Corpus_EveryDocument_MatchesGraphQLJs()
    {
        await using var host = await KestrelHost.StartAsync(app => app.MapGraphQL("/graphql", OracleSchema.Build()));

        using var report = await NodeHarness.RunAsync("oracle.mjs", "--url", new Uri(host.BaseAddress, "/graphql").ToString(), "--corpus", RepositoryPaths.CorpusDirectory);

        var root = report.RootElement;
        var mismatches = root.GetProperty("mismatches").EnumerateArray().ToList();
        Assert.True(root.GetProperty("total").GetInt32() >= MinimumCorpusSize, $"The corpus has only {root.GetProperty("total").GetInt32()} documents.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {root.GetProperty("total").GetInt32()} documents differ from graphql-js:\n\n{Describe(mismatches)}");
    }

    private static string Describe(IEnumerable<JsonElement> mismatches)
    {
        var text = new StringBuilder();
        foreach (var mismatch in mismatches)
        {
            text.Append(mismatch.GetProperty("file").GetString()).Append(" / ").AppendLine(mismatch.GetProperty("name").GetString());
            text.Append("  query:    ").AppendLine(mismatch.GetProperty("query").GetString()!.TrimEnd().Replace("\n", "\n            ", StringComparison.Ordinal));
            if (mismatch.TryGetProperty("variables", out var variables))
            {
                text.Append("  vars:     ").AppendLine(variables.GetRawText());
            }

            text.Append("  expected: ").AppendLine(mismatch.GetProperty("expected").GetRawText());
            text.Append("  actual:   ").AppendLine(mismatch.GetProperty("actual").GetRawText()).AppendLine();
        }

        return text.ToString();
    }
}
