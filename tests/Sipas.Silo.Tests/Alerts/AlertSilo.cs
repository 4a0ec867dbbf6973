using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sipas.Silo.Tests.Alerts;

/// <summary>
/// The real Silo in memory on a given data directory (so a second instance can restart on the first one's data), with
/// alert evaluation and webhook retries paced for tests.
/// </summary>
internal sealed class AlertSilo(string dataDir) : WebApplicationFactory<Program>
{
    public string AdminKey => File.ReadAllText(Path.Combine(dataDir, "admin.key")).Trim();

    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var attempt = 0; attempt < 1_200; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminKey);
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The Silo did not become ready within 60 s.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Silo:DataDir", dataDir);
        builder.UseSetting("Live:FlushInterval", "00:00:00.050");
        builder.UseSetting("Alerting:EvaluationInterval", "00:00:00.100");
        builder.UseSetting("Alerting:TickInterval", "00:00:01");
        builder.UseSetting("Webhooks:InitialBackoff", "00:00:00.200");
        builder.UseSetting("Webhooks:MaxBackoff", "00:00:01");
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.200");
        builder.UseSetting("Webhooks:AttemptTimeout", "00:00:05");
        builder.UseSetting("Webhooks:AllowPrivateAddresses", "true"); // the test receiver listens on 127.0.0.1
    }
}
