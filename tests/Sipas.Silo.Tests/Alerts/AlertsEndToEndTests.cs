using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Auth;
using Sipas.Api.Rest;
using Sipas.Api.Webhooks;
using Sipas.Grains.Access;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.GraphQL;
using Sipas.Silo.Tests.Rest;

namespace Sipas.Silo.Tests.Alerts;

public sealed class AlertsEndToEndTests : IAsyncLifetime
{
    private const string Secret = "a-long-test-secret-for-hmac";
    private const string Bad = """{"TC1":1,"TT1":2,"CC1":1,"KQ1":2,"PA1":1}""";
    private const string Good = """{"TC1":5,"TT1":4,"CC1":5,"KQ1":4,"PA1":5}""";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("sipas-alerts-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ratings_AgencyFallsBelowTargetThenRecovers_FiringAndResolvedOnHubSubscriptionAndSignedWebhook()
    {
        await using var silo = new AlertSilo(_dataDir);
        using var client = await silo.ReadyClientAsync();
        var agency = Agency(silo, "01");
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort(), Secret);
        await AddWebhookAsync(client, "01", receiver.Url);
        await SetTargetAsync(client, agency);
        var events = await SubscribeAsync(silo, scope: "01");
        await using var hub = await HubAlerts.JoinAsync(silo.Server, silo.AdminKey, "01");

        await SubmitAsync(client, agency, Bad, 20);
        var firing = await receiver.WaitForAsync(d => d.Payload.Transition.Unit == agency && d.Payload.Transition.To == "FIRING");
        var firingEvent = await NextAsync(events, agency, "FIRING");
        var firingPush = await hub.NextAsync(t => t.GetProperty("unit").GetString() == agency && t.GetProperty("to").GetString() == "FIRING");
        await SubmitAsync(client, agency, Good, 300);
        var resolved = await receiver.WaitForAsync(d => d.Payload.Transition.Unit == agency && d.Payload.Transition.To == "RESOLVED");
        var resolvedEvent = await NextAsync(events, agency, "RESOLVED");
        var resolvedPush = await hub.NextAsync(t => t.GetProperty("unit").GetString() == agency && t.GetProperty("to").GetString() == "RESOLVED");

        Assert.True(firing.SignatureValid);
        Assert.True(resolved.SignatureValid);
        Assert.Equal(firing.DeliveryId, firing.Payload.DeliveryId);
        Assert.NotEqual(firing.DeliveryId, resolved.DeliveryId);
        Assert.Equal((0.0, 20L, 85.0), (firing.Payload.Transition.Value, firing.Payload.Transition.N, firing.Payload.Transition.Target));
        Assert.True(firing.Payload.Transition.High < 85);
        Assert.True(resolved.Payload.Transition.Value >= 87);
        Assert.Equal(20, firingEvent.GetProperty("n").GetInt32());
        Assert.Equal("FIRING", resolvedEvent.GetProperty("from").GetString());
        Assert.Equal(20, firingPush.GetProperty("n").GetInt32());
        Assert.Equal("FIRING", resolvedPush.GetProperty("from").GetString());
        var history = await SiloFactoryRead<AlertHistoryDto>(await client.GetAsync(new Uri($"/api/v1/alerts/history?unit={agency}", UriKind.Relative)));
        Assert.Equal(["RESOLVED", "FIRING"], history.Transitions.Where(t => t.Rule == "sipas").Select(t => t.To).Take(2));
    }

    [Fact]
    public async Task Acknowledge_FiringAlert_AcknowledgedWithWhoAndDelivered()
    {
        await using var silo = new AlertSilo(_dataDir);
        using var client = await silo.ReadyClientAsync();
        var agency = Agency(silo, "01");
        await using var receiver = await WebhookReceiver.StartAsync(WebhookReceiver.FreePort(), Secret);
        await AddWebhookAsync(client, "01", receiver.Url);
        await SetTargetAsync(client, agency);
        await SubmitAsync(client, agency, Bad, 20);
        await receiver.WaitForAsync(d => d.Payload.Transition.Unit == agency && d.Payload.Transition.To == "FIRING");

        using var response = await client.PostAsJsonAsync(new Uri($"/api/v1/alerts/{agency}:sipas/acknowledge", UriKind.Relative), new { comment = "Đang xử lý" });
        var alert = await SiloFactoryRead<AlertDto>(response);
        var delivered = await receiver.WaitForAsync(d => d.Payload.Transition.To == "ACKNOWLEDGED");
        using var again = await client.PostAsJsonAsync(new Uri($"/api/v1/alerts/{agency}:sipas/acknowledge", UriKind.Relative), new { comment = "again" });

        Assert.Equal(("ACKNOWLEDGED", "admin", "Đang xử lý"), (alert.State, alert.AcknowledgedBy, alert.Comment));
        Assert.Equal(("admin", "Đang xử lý"), (delivered.Payload.Transition.Actor, delivered.Payload.Transition.Comment));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Webhook_ReceiverDownAcrossSiloRestart_PendingDeliveryArrivesAfterRestart()
    {
        var port = WebhookReceiver.FreePort();
        var receiverUrl = new Uri($"http://127.0.0.1:{port}/hook");
        string agency;
        string endpoint;
        await using (var first = new AlertSilo(_dataDir))
        {
            using var client = await first.ReadyClientAsync();
            agency = Agency(first, "01");
            endpoint = await AddWebhookAsync(client, "01", receiverUrl);
            await SetTargetAsync(client, agency);
            await SubmitAsync(client, agency, Bad, 20);
            await WaitUntilAsync(async () =>
            {
                var deliveries = await SiloFactoryRead<WebhookDeliveryDto[]>(await client.GetAsync(new Uri($"/api/v1/webhooks/{endpoint}/deliveries", UriKind.Relative)));
                return deliveries.Any(d => d.Attempts >= 1 && d.DeliveredAt is null && d.LastError is not null);
            });
        }

        await using var receiver = await WebhookReceiver.StartAsync(port, Secret);
        await using var second = new AlertSilo(_dataDir);
        using var restarted = await second.ReadyClientAsync();
        var delivered = await receiver.WaitForAsync(d => d.Payload.Transition.Unit == agency && d.Payload.Transition.To == "FIRING");
        var alerts = await SiloFactoryRead<AlertListDto>(await restarted.GetAsync(new Uri($"/api/v1/alerts?unit={agency}", UriKind.Relative)));

        Assert.True(delivered.SignatureValid);
        Assert.Contains(alerts.Alerts, a => a.Id == $"{agency}:sipas" && a.State == "FIRING");
    }

    [Fact]
    public async Task Silence_FiringAlert_SilencedThenFiringAgainWhenUnsilenced()
    {
        await using var silo = new AlertSilo(_dataDir);
        using var client = await silo.ReadyClientAsync();
        var agency = Agency(silo, "01");
        await SetTargetAsync(client, agency);
        await SubmitAsync(client, agency, Bad, 20);
        await WaitForStateAsync(client, agency, "FIRING");

        using var created = await client.PostAsJsonAsync(new Uri("/api/v1/alerts/silences", UriKind.Relative), new { unit = "01", subtree = true, minutes = 60, comment = "bảo trì" });
        var silence = await SiloFactoryRead<AlertSilenceDto>(created, HttpStatusCode.Created);
        await WaitForStateAsync(client, agency, "SILENCED");
        using var removed = await client.DeleteAsync(new Uri($"/api/v1/alerts/silences/{silence.Id}", UriKind.Relative));
        var state = await WaitForStateAsync(client, agency, "FIRING");

        Assert.True(silence.Active);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(20, state.N);
    }

    [Fact]
    public async Task Scope_LeaderOfAnotherProvince_CannotSeeManageOrHearTheAlert()
    {
        await using var silo = new AlertSilo(_dataDir);
        using var client = await silo.ReadyClientAsync();
        var agency = Agency(silo, "01");
        var keys = silo.Services.GetRequiredService<ApiKeyService>();
        var other = await keys.CreateAsync(Role.Leader, "79", "leader-79", null, CancellationToken.None);
        using var leader = silo.CreateClient();
        leader.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", other.Secret);
        await SetTargetAsync(client, agency);
        await SubmitAsync(client, agency, Bad, 20);
        await WaitForStateAsync(client, agency, "FIRING");

        var listed = await SiloFactoryRead<AlertListDto>(await leader.GetAsync(new Uri("/api/v1/alerts", UriKind.Relative)));
        using var read = await leader.GetAsync(new Uri($"/api/v1/alerts?unit={agency}", UriKind.Relative));
        using var acknowledge = await leader.PostAsJsonAsync(new Uri($"/api/v1/alerts/{agency}:sipas/acknowledge", UriKind.Relative), new { comment = "x" });
        using var target = await leader.PutAsJsonAsync(new Uri("/api/v1/units/01/target", UriKind.Relative), new { target = 10 });
        var subscription = await Subscribe(silo, other.Key.Id, Role.Leader, "79", scope: "01");

        Assert.DoesNotContain(listed.Alerts, a => a.Unit == agency);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, acknowledge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, target.StatusCode);
        Assert.Equal("FORBIDDEN", subscription.Error!.Errors[0].Extensions!["code"]);
    }

    [Fact]
    public async Task Target_BadInput_PreciseErrorsAndInheritance()
    {
        await using var silo = new AlertSilo(_dataDir);
        using var client = await silo.ReadyClientAsync();
        var agency = Agency(silo, "01");

        using var percent = await client.PutAsJsonAsync(new Uri("/api/v1/units/01/target", UriKind.Relative), new { target = 185 });
        using var metric = await client.PutAsJsonAsync(new Uri("/api/v1/units/01/target", UriKind.Relative), new { target = 85, metric = "speed" });
        using var window = await client.PutAsJsonAsync(new Uri("/api/v1/units/01/target", UriKind.Relative), new { target = 85, window = "all" });
        using var state = await client.GetAsync(new Uri("/api/v1/alerts?state=BROKEN", UriKind.Relative));
        var before = await SiloFactoryRead<AlertTargetDto>(await client.GetAsync(new Uri($"/api/v1/units/{agency}/target", UriKind.Relative)));
        await SiloFactoryRead<AlertTargetDto>(await client.PutAsJsonAsync(new Uri("/api/v1/units/01/target", UriKind.Relative), new { target = 90, window = "90d" }));
        var inherited = await SiloFactoryRead<AlertTargetDto>(await client.GetAsync(new Uri($"/api/v1/units/{agency}/target", UriKind.Relative)));
        var audit = await SiloFactoryRead<AlertTargetChangeDto[]>(await client.GetAsync(new Uri("/api/v1/units/01/target/history", UriKind.Relative)));

        Assert.Contains("between 0 and 100", await percent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("civil-servants", await metric.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("does not move with time", await window.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("INSUFFICIENT_DATA", await state.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("default", 80.0), (before.Source, before.Target));
        Assert.Equal(("inherited", "01", 90.0, "90d"), (inherited.Source, inherited.InheritedFrom, inherited.Target, inherited.Window));
        Assert.Equal(("set", "admin"), (audit[0].Action, audit[0].Actor));
    }

    private static string Agency(AlertSilo silo, string province) =>
        silo.Services.GetRequiredService<UnitDirectory>().Tree.Children(province).First(u => u.Kind == UnitKind.Agency).Code;

    private static async Task SetTargetAsync(HttpClient client, string unit)
    {
        using var response = await client.PutAsJsonAsync(new Uri($"/api/v1/units/{unit}/target", UriKind.Relative),
            new { target = 85, metric = "sipas", window = "30d", minResponses = 10, pendingMinutes = 0, margin = 2 });
        await SiloFactoryRead<AlertTargetDto>(response);
    }

    private static async Task<string> AddWebhookAsync(HttpClient client, string unit, Uri url)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/webhooks", UriKind.Relative), new { unit, url = url.ToString(), secret = Secret });
        var endpoint = await SiloFactoryRead<WebhookEndpointDto>(response, HttpStatusCode.Created);
        Assert.Equal(Secret, endpoint.Secret);
        return endpoint.Id;
    }

    private static async Task SubmitAsync(HttpClient client, string unit, string answers, int count)
    {
        var items = string.Join(",", Enumerable.Range(0, count).Select(_ => TestItems.Response(Guid.NewGuid(), unit, answers)));
        using var response = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), TestItems.Json($"[{items}]"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task<AlertDto> WaitForStateAsync(HttpClient client, string unit, string state)
    {
        AlertDto? found = null;
        await WaitUntilAsync(async () =>
        {
            var alerts = await SiloFactoryRead<AlertListDto>(await client.GetAsync(new Uri($"/api/v1/alerts?unit={unit}&state={state}", UriKind.Relative)));
            found = alerts.Alerts.FirstOrDefault(a => a.Rule == "sipas");
            return found is not null;
        });
        return found!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The condition did not hold within 60 s.");
    }

    private static async Task<ChannelReader<JsonElement>> SubscribeAsync(AlertSilo silo, string scope)
    {
        var result = await Subscribe(silo, "admin-key", Role.National, null, scope);
        Assert.True(result.IsSubscribed, result.Error?.ToJson());
        var channel = Channel.CreateUnbounded<JsonElement>();
        _ = Task.Run(async () =>
        {
            await foreach (var item in result.Stream!)
            {
                using var json = JsonDocument.Parse(item.ToJson());
                channel.Writer.TryWrite(json.RootElement.GetProperty("data").GetProperty("alertChanged").Clone());
            }
        });
        return channel.Reader;
    }

    private static async Task<SubscriptionResult> Subscribe(AlertSilo silo, string keyId, Role role, string? unit, string scope)
    {
        var executor = silo.Services.GetRequiredService<GraphQLExecutor>();
        var prepared = executor.Prepare(new GraphQLRequest(
            $$"""subscription { alertChanged(scope: "{{scope}}") { unit { code } rule from to value n target } }"""));
        var user = new Caller(keyId, "test", role, unit).ToPrincipal();
        return await executor.SubscribeAsync(prepared, new RequestContext(silo.Services, user), CancellationToken.None);
    }

    private static async Task<JsonElement> NextAsync(ChannelReader<JsonElement> events, string unit, string to)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var item = await events.ReadAsync(timeout.Token);
            if (item.GetProperty("unit").GetProperty("code").GetString() == unit && item.GetProperty("to").GetString() == to)
            {
                return item;
            }
        }
    }

    private static Task<T> SiloFactoryRead<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        SiloFactory.ReadAsync<T>(response, expected);
}
