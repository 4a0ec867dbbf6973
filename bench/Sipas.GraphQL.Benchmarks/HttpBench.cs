using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sipas.GraphQL.Http;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Benchmarks;

/// <summary>Requests per second over loopback: POST /graphql vs POST /plain (a minimal-API endpoint with the same JSON).</summary>
internal sealed class HttpBench : IAsyncDisposable
{
    private const int Concurrency = 16;
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly byte[] _body;

    private HttpBench(WebApplication app, Uri baseAddress, string query)
    {
        _app = app;
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = baseAddress };
        _body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));
    }

    public static async Task<HttpBench> StartAsync(Schema schema, string query)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGraphQL("/graphql", schema);
        app.MapPost("/plain", () => TypedResults.Json(PlainResponse.Build()));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HttpBench(app, new Uri(address), query);
    }

    /// <summary>Checks that both endpoints answer the same JSON, so that the comparison is fair.</summary>
    public async Task VerifySameJsonAsync()
    {
        var graphql = JsonNode.Parse(await PostAsync("/graphql"));
        var plain = JsonNode.Parse(await PostAsync("/plain"));
        if (!JsonNode.DeepEquals(graphql, plain))
        {
            throw new InvalidOperationException($"The endpoints differ:\n{graphql}\n{plain}");
        }
    }

    public async Task<Measurement> RunAsync(string path, TimeSpan duration)
    {
        long operations = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                await PostAsync(path);
                Interlocked.Increment(ref operations);
            }
        });
        await Task.WhenAll(workers);
        return new Measurement(operations, clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<string> PostAsync(string path)
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
