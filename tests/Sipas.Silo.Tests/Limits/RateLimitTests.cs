using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Auth;
using Sipas.Grains.Access;
using Sipas.Silo.Tests.Rest;

namespace Sipas.Silo.Tests.Limits;

/// <summary>Per-key token buckets (RateLimits:*): a key over its rate gets 429 with Retry-After; other keys go on.</summary>
public sealed class RateLimitTests(RateLimitedSilo silo) : IClassFixture<RateLimitedSilo>
{
    private static readonly Uri Responses = new("/api/v1/responses", UriKind.Relative);
    private static readonly Uri GraphQL = new("/graphql", UriKind.Relative);

    [Fact]
    public async Task Post_KeyOverItsIngestRate_429WithRetryAfterAndOtherKeyAccepted()
    {
        using var noisy = await ClientAsync();
        using var quiet = await ClientAsync();

        using var refused = await UntilRefusedAsync(() => noisy.PostAsync(Responses, TestItems.Json(TestItems.Response(Guid.NewGuid()))));
        using var other = await quiet.PostAsync(Responses, TestItems.Json(TestItems.Response(Guid.NewGuid())));

        await AssertTooManyRequestsAsync(refused);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task GraphQL_KeyOverItsRate_429WithRetryAfterAndOtherKeyServed()
    {
        using var noisy = await ClientAsync();
        using var quiet = await ClientAsync();

        using var refused = await UntilRefusedAsync(() => noisy.PostAsync(GraphQL, TestItems.Json("""{"query":"{ __typename }"}""")));
        using var other = await quiet.PostAsync(GraphQL, TestItems.Json("""{"query":"{ __typename }"}"""));

        await AssertTooManyRequestsAsync(refused);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Post_IngestAndGraphQL_SeparateBuckets()
    {
        using var client = await ClientAsync();
        using var refused = await UntilRefusedAsync(() => client.PostAsync(Responses, TestItems.Json(TestItems.Response(Guid.NewGuid()))));

        using var graphQL = await client.PostAsync(GraphQL, TestItems.Json("""{"query":"{ __typename }"}"""));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, graphQL.StatusCode);
    }

    private static async Task AssertTooManyRequestsAsync(HttpResponseMessage refused)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains("retry after", detail, StringComparison.Ordinal);
        Assert.Contains("RateLimits", detail, StringComparison.Ordinal);
    }

    /// <summary>Sends until refused: with a burst of 2 and 1/s, only a machine taking over a second per request never is.</summary>
    private static async Task<HttpResponseMessage> UntilRefusedAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            response.Dispose();
        }

        throw new Xunit.Sdk.XunitException("50 requests in a row were never refused with a limit of 2 at once and 1 per second.");
    }

    private async Task<HttpClient> ClientAsync()
    {
        var created = await silo.Services.GetRequiredService<ApiKeyService>().CreateAsync(Role.Collector, "01", "rate test", null, CancellationToken.None);
        var client = await silo.AnonymousReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        return client;
    }
}
