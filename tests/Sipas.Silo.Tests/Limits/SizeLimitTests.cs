using System.Net;
using System.Text;
using System.Text.Json;
using Sipas.Silo.Tests.Rest;

namespace Sipas.Silo.Tests.Limits;

/// <summary>Ingestion:MaxBodyBytes and Ingestion:MaxBatchSize on a real Kestrel socket: 413 problem+json naming the limit.</summary>
public sealed class SizeLimitTests(SizeLimitedSilo silo) : IClassFixture<SizeLimitedSilo>
{
    private static readonly Uri Responses = new("/api/v1/responses", UriKind.Relative);

    [Fact]
    public async Task Post_BodyOverTheLimitWithContentLength_413NamingTheLimit()
    {
        using var client = await silo.ReadyClientAsync();
        var body = Padded(SizeLimitedSilo.MaxBodyBytes + 1);

        using var response = await client.PostAsync(Responses, TestItems.Json(body));

        await AssertTooLargeAsync(response, "10,000 bytes");
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_413NamingTheLimit()
    {
        (await silo.ReadyClientAsync()).Dispose();
        // A plain client: the factory's own buffers request bodies (to replay them on redirects) and sends a length.
        using var client = new HttpClient { BaseAddress = silo.ServerAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", silo.AdminKey);
        using var content = new ChunkedContent(Encoding.UTF8.GetBytes(Padded(SizeLimitedSilo.MaxBodyBytes * 3)));

        using var response = await client.PostAsync(Responses, content);

        Assert.Null(content.Headers.ContentLength);
        Assert.NotEqual(5080, silo.ServerAddress.Port);
        await AssertTooLargeAsync(response, "10,000 bytes");
    }

    [Fact]
    public async Task Post_BodyAtTheLimit_Accepted()
    {
        using var client = await silo.ReadyClientAsync();
        var item = TestItems.Response(Guid.NewGuid());
        var body = item + new string(' ', SizeLimitedSilo.MaxBodyBytes - Encoding.UTF8.GetByteCount(item));

        using var response = await client.PostAsync(Responses, TestItems.Json(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Post_BatchOverMaxBatchSize_413NamingTheLimit()
    {
        using var client = await silo.ReadyClientAsync();
        var items = Enumerable.Range(0, SizeLimitedSilo.MaxBatchSize + 1).Select(_ => TestItems.Response(Guid.NewGuid()));

        using var response = await client.PostAsync(Responses, TestItems.Json("[" + string.Join(",", items) + "]"));

        await AssertTooLargeAsync(response, "at most 5 per request");
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, string limit)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(limit, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A valid one-item batch padded with whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    private static string Padded(int bytes)
    {
        var item = "[" + TestItems.Response(Guid.NewGuid()) + "]";
        return item + new string(' ', bytes - Encoding.UTF8.GetByteCount(item));
    }

    /// <summary>JSON of unknown length, so that HttpClient sends it chunked, without Content-Length.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _data;

        public ChunkedContent(byte[] data)
        {
            _data = data;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_data).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
