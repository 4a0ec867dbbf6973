using System.Text.Json;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests;

/// <summary>Runs requests through the facade the way the transports do and returns the JSON.</summary>
internal static class GraphQLTestHost
{
    public static async Task<string> RunAsync(Schema schema, string query, string? variables = null, GraphQLExecutorOptions? options = null, string? operationName = null, CancellationToken ct = default)
    {
        var executor = new GraphQLExecutor(schema, options);
        var result = await ExecuteAsync(executor, query, variables, operationName, ct);
        return result.ToJson();
    }

    public static async Task<ExecutionResult> ExecuteAsync(GraphQLExecutor executor, string query, string? variables = null, string? operationName = null, CancellationToken ct = default)
    {
        JsonElement? vars = variables is null ? null : JsonDocument.Parse(variables).RootElement;
        var prepared = executor.Prepare(new GraphQLRequest(query, operationName, vars));
        return await executor.ExecuteAsync(prepared, new RequestContext(), ct);
    }
}
