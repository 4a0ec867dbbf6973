using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Sipas.LoadGen.Wire;

namespace Sipas.LoadGen.Sending;

/// <summary>
/// Posts batches to <c>{url}/api/v1/responses</c>. 429 and 503 are back-pressure: retried up to
/// <see cref="MaxRetries"/> times after <c>Retry-After</c> or an exponential backoff (100 ms doubling, at most 5 s).
/// Every other failure (another status, a transport error, a malformed reply) turns the batch's items into errors.
/// </summary>
internal sealed class ResponsesClient(HttpClient http, Uri baseUrl, string? key, TimeProvider clock, bool duplicatesAllowed)
{
    public const int MaxRetries = 6;

    private readonly Uri _endpoint = new(new Uri(baseUrl.ToString().TrimEnd('/') + "/"), "api/v1/responses");

    /// <summary>An <see cref="HttpClient"/> with enough pooled connections for <paramref name="concurrency"/> requests in flight.</summary>
    public static HttpClient CreateHttpClient(int concurrency) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };

    public async Task<SendResult> SendAsync(IReadOnlyList<OutgoingItem> items, CancellationToken cancellationToken)
    {
        var body = items is PreparedBatch prepared ? prepared.Body : Serialize(items);
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await PostAsync(body, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return new(AckTally.Failed(items.Count, $"transport error: {exception.Message}"), attempt);
            }

            using (response)
            {
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < MaxRetries)
                {
                    await Task.Delay(Backoff(response, attempt), clock, cancellationToken);
                    continue;
                }

                return new(await TallyAsync(items, response, cancellationToken), attempt);
            }
        }
    }

    /// <summary>The request body of <paramref name="items"/>: a JSON array of their responses.</summary>
    public static byte[] Serialize(IReadOnlyList<OutgoingItem> items) =>
        JsonSerializer.SerializeToUtf8Bytes(items.Select(i => i.Response).ToList(), LoadGenJsonContext.Default.IReadOnlyListWireResponse);

    private async Task<HttpResponseMessage> PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    private async Task<AckTally> TallyAsync(IReadOnlyList<OutgoingItem> items, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var snippet = text.Length > 300 ? text[..300] + "…" : text;
            return AckTally.Failed(items.Count, string.Create(CultureInfo.InvariantCulture, $"HTTP {status}: {snippet}"));
        }

        SubmitReply? reply;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            reply = await JsonSerializer.DeserializeAsync(stream, LoadGenJsonContext.Default.SubmitReply, cancellationToken);
        }
        catch (JsonException exception)
        {
            return AckTally.Failed(items.Count, $"HTTP 202 with a malformed reply: {exception.Message}");
        }

        return AcknowledgementCheck.Check(items, reply, duplicatesAllowed);
    }

    private static TimeSpan Backoff(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var exponential = TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt));
        var wait = retryAfter ?? exponential;
        return wait > TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5) : wait;
    }
}
