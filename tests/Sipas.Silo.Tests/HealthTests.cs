using System.Net;

namespace Sipas.Silo.Tests;

public sealed class HealthTests(SiloFactory factory) : IClassFixture<SiloFactory>
{
    [Fact]
    public async Task Healthz_AfterRecovery_ReturnsOkReady()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        var status = await SiloFactory.ReadAsync<HealthStatus>(response, HttpStatusCode.OK);
        Assert.Equal("ready", status.Status);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheRestEndpoints()
    {
        using var client = await factory.ReadyClientAsync();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/v1/responses", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/units/{code}/score", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/rankings", document, StringComparison.Ordinal);
    }
}
