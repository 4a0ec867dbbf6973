using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Sipas.Conformance.Tests.Infrastructure;
using Sipas.Conformance.Tests.Oracle;
using Sipas.GraphQL.Http;
using Sipas.GraphQL.Types;

namespace Sipas.Conformance.Tests.Http;

/// <summary>GraphQL over HTTP details the audit does not cover: methods, media types, limits, the user, the IDE.</summary>
public sealed class GraphQLHttpTransportTests(ServerSchemaHost server) : IClassFixture<ServerSchemaHost>
{
    [Fact]
    public async Task Post_Query_ReturnsDataAsGraphQLResponseJson()
    {
        using var client = new HttpClient();

        using var response = await PostAsync(client, server.GraphQLEndpoint, "{\"query\":\"{ echo(message: \\\"xin chào\\\") }\"}", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"data\":{\"echo\":\"xin chào\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_QueryWithVariables_ReturnsData()
    {
        using var client = new HttpClient();
        var query = Uri.EscapeDataString("query($m: String!) { echo(message: $m) }");
        var variables = Uri.EscapeDataString("{\"m\":\"hi\"}");

        using var response = await client.GetAsync(new Uri(server.GraphQLEndpoint, $"?query={query}&variables={variables}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"data\":{\"echo\":\"hi\"}}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_ValidationError_StatusDependsOnMediaType(string accept, HttpStatusCode expected)
    {
        using var client = new HttpClient();

        using var response = await PostAsync(client, server.GraphQLEndpoint, "{\"query\":\"{ nope }\"}", accept);

        Assert.Equal(expected, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Put_Any_Returns405WithAllow()
    {
        using var client = new HttpClient();

        using var response = await client.PutAsync(server.GraphQLEndpoint, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_Mutation_Returns405AllowingPost()
    {
        await using var host = await KestrelHost.StartAsync(app => app.MapGraphQL("/graphql", OracleSchema.Build()));
        using var client = new HttpClient();
        var query = Uri.EscapeDataString("mutation { createReview(episode: JEDI, review: {stars: 5}) { stars } }");

        using var response = await client.GetAsync(new Uri(host.BaseAddress, $"/graphql?query={query}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_Subscription_RequestErrorPointingToWebSocket()
    {
        using var client = new HttpClient();

        using var response = await PostAsync(client, server.GraphQLEndpoint, "{\"query\":\"subscription { ticks }\"}", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("graphql-transport-ws", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutContentType_Returns415()
    {
        using var client = new HttpClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ version }\"}"));

        using var response = await client.PostAsync(server.GraphQLEndpoint, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_AcceptsOnlyXml_Returns406()
    {
        using var client = new HttpClient();

        using var response = await PostAsync(client, server.GraphQLEndpoint, "{\"query\":\"{ version }\"}", "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400WithGraphQLErrors()
    {
        using var client = new HttpClient();

        using var response = await PostAsync(client, server.GraphQLEndpoint, "{ \"query\": ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("The request body is not valid JSON", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        await using var host = await KestrelHost.StartAsync(app => app.MapGraphQL("/graphql", OracleSchema.Build(), o => o.MaxRequestBodyBytes = 100));
        using var client = new HttpClient();
        var body = "{\"query\":\"{ echo(message: \\\"" + new string('x', 200) + "\\\") }\"}";

        using var response = await PostAsync(client, new Uri(host.BaseAddress, "/graphql"), body, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_AuthenticatedRequest_ResolversSeeTheUser()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("me", "String", f => f.Resolve(c => c.User?.Identity?.Name)))
            .Build();
        await using var host = await KestrelHost.StartAsync(app =>
        {
            app.Use((context, next) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "alice")], "test"));
                return next(context);
            });
            app.MapGraphQL("/graphql", schema);
        });
        using var client = new HttpClient();

        using var response = await PostAsync(client, new Uri(host.BaseAddress, "/graphql"), "{\"query\":\"{ me }\"}", "application/json");

        Assert.Equal("{\"data\":{\"me\":\"alice\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_BrowserAsksForHtml_ServesGraphiQLAndItsAssets()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.GraphQLEndpoint);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var page = await client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"\\./(assets/[^\"]+\\.js)\"").Groups[1].Value;
        using var asset = await client.GetAsync(new Uri(server.GraphQLEndpoint + "/ide/" + script));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<base href=\"/graphql/ide/\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType!.MediaType);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Uri endpoint, string json, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return client.SendAsync(request);
    }
}
