using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Sipas.Api.Rest;
using Sipas.Silo.Tests.Rest;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>The hostile inputs that once made the Silo answer 500 or a bare status, one test each.</summary>
public sealed class HostileRegressionTests(SiloFactory factory) : IClassFixture<SiloFactory>
{
    private static readonly Uri Responses = new("/api/v1/responses", UriKind.Relative);
    private static readonly Uri GraphQL = new("/graphql", UriKind.Relative);

    [Theory]
    [InlineData("\"comment\":\"a\\ud800b\"", "comment")]
    [InlineData("\"dossier\":\"\\udc00\"", "dossier")]
    [InlineData("\"com\\ud800ment\":\"x\"", "")]
    public async Task Post_UnpairedSurrogateEscape_ThatItemRejectedNeighboursAccepted(string field, string errorField)
    {
        using var client = await factory.ReadyClientAsync();
        var bad = TestItems.Response(Guid.NewGuid()).Replace("{\"id\"", "{" + field + ",\"id\"", StringComparison.Ordinal);
        var good = Guid.NewGuid();

        using var response = await client.PostAsync(Responses, TestItems.Json($"[{bad},{TestItems.Response(good)}]"));

        var result = await SiloFactory.ReadAsync<SubmitResult>(response, HttpStatusCode.Accepted);
        Assert.Equal(["rejected", "accepted"], result.Results.Select(r => r.Status));
        var error = Assert.Single(result.Results[0].Errors!);
        Assert.Equal(errorField, error.Field);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CriterionIdWithUnpairedSurrogate_ItemRejected()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.PostAsync(Responses, TestItems.Json(TestItems.Response(Guid.NewGuid(), answers: """{"TC1":5,"T\udfffC2":4}""")));

        var result = await SiloFactory.ReadAsync<SubmitResult>(response, HttpStatusCode.Accepted);
        Assert.Equal("rejected", result.Results.Single().Status);
        Assert.Contains(result.Results[0].Errors!, e => e.Field == "answers" && e.Message.Contains("unpaired surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FieldGivenTwice_ItemRejectedAsAmbiguous()
    {
        using var client = await factory.ReadyClientAsync();
        var item = TestItems.Response(Guid.NewGuid(), unit: "01001").Replace("{\"id\"", "{\"unit\":\"79001\",\"id\"", StringComparison.Ordinal);

        using var response = await client.PostAsync(Responses, TestItems.Json(item));

        var result = await SiloFactory.ReadAsync<SubmitResult>(response, HttpStatusCode.Accepted);
        Assert.Equal("rejected", result.Results.Single().Status);
        Assert.Contains(result.Results[0].Errors!, e => e.Field == "unit" && e.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("procedure")]
    [InlineData("dossier")]
    public async Task Post_CodeOfAHundredThousandCharacters_ItemRejectedWithTheLimit(string field)
    {
        using var client = await factory.ReadyClientAsync();
        var item = TestItems.Response(Guid.NewGuid()).Replace("{\"id\"", $"{{\"{field}\":\"{new string('1', 100_000)}\",\"id\"", StringComparison.Ordinal);

        using var response = await client.PostAsync(Responses, TestItems.Json(item));

        var result = await SiloFactory.ReadAsync<SubmitResult>(response, HttpStatusCode.Accepted);
        Assert.Equal("rejected", result.Results.Single().Status);
        Assert.Contains(result.Results[0].Errors!, e => e.Field == field && e.Message.Contains("the limit is 100", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_BodyNotSentAsJson_415ProblemSayingWhatToSend(string? contentType)
    {
        using var client = await factory.ReadyClientAsync();
        using var content = new ByteArrayContent("[]"u8.ToArray());
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await client.PostAsync(Responses, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Content-Type: application/json", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query":"{ __typename \ud800}"}""")]
    [InlineData("""{"query":"query($n: String!) { __type(name: $n) { name } }","variables":{"n":"\udc00"}}""")]
    [InlineData("""{"query":"{ __typename }","operationName":"\ud800"}""")]
    public async Task GraphQL_UnpairedSurrogateEscapeInRequest_400WithMessage(string body)
    {
        using var client = await factory.ReadyClientAsync();
        using var content = TestItems.Json(body);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQL) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("unpaired surrogate", document.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_ClientCloses_ServerAnswersTheClose()
    {
        (await factory.ReadyClientAsync()).Dispose();
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = request => request.Headers.Authorization = "Bearer " + factory.AdminKey;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var socket = await client.ConnectAsync(new UriBuilder(factory.Server.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, timeout.Token);
        await socket.SendAsync("""{"type":"connection_init"}"""u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        var buffer = new byte[1024];
        await socket.ReceiveAsync(buffer, timeout.Token);

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        Assert.Equal(WebSocketState.Closed, socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Theory]
    [InlineData("from=0001-01-01&to=2025-01-01")]
    [InlineData("from=2025-01-01&to=9999-12-31")]
    public async Task Score_RangeBeyondRepresentableDays_400SayingTheRange(string query)
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/v1/units/01/score?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("1900-01-01 to 9998-12-31", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
