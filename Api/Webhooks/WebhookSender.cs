using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sipas.Api.Live;

namespace Sipas.Api.Webhooks;

/// <summary>
/// Sends the outbox: each due row is POSTed with its signature and delivery id; a 2xx marks it delivered, anything else
/// schedules the next attempt with exponential backoff (kept in the row, so a restart resumes where it stopped), until
/// <see cref="WebhookOptions.GiveUpAfter"/>. Delivery is at-least-once: a receiver dedupes on <c>X-Sipas-Delivery</c>.
/// </summary>
public sealed partial class WebhookSender(
    WebhookStore store,
    WebhookEndpoints endpoints,
    IHttpClientFactory httpClients,
    Readiness readiness,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookSender> logger) : BackgroundService
{
    /// <summary>The named HttpClient deliveries go through.</summary>
    public const string HttpClientName = "sipas-webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var queued = endpoints.Queued;
            var sent = 0;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(exception);
            }

            if (sent >= options.Value.BatchSize)
            {
                continue;
            }

            var wait = options.Value.PollInterval;
            try
            {
                if (await store.NextDueAsync(stoppingToken) is { } next)
                {
                    var untilNext = next - clock.GetUtcNow();
                    wait = untilNext < wait ? (untilNext > TimeSpan.Zero ? untilNext : TimeSpan.Zero) : wait;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(exception);
            }

            await Task.WhenAny(queued, Task.Delay(wait, clock, stoppingToken));
        }
    }

    /// <summary>Sends every row due now (one pass, at most a batch); returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.DueAsync(clock.GetUtcNow(), options.Value.BatchSize, cancellationToken);
        foreach (var delivery in due)
        {
            await SendAsync(delivery, cancellationToken);
        }

        return due.Count;
    }

    private async Task SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var attempts = delivery.Attempts + 1;
        if (endpoints.Find(delivery.EndpointId) is not { } endpoint)
        {
            await store.MarkFailedAsync(delivery.DeliveryId, delivery.Attempts, clock.GetUtcNow(), "the endpoint was removed", cancellationToken);
            return;
        }

        string? error;
        try
        {
            var body = Encoding.UTF8.GetBytes(delivery.Body);
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(endpoint.Secret, body));
            request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.DeliveryId);
            request.Headers.Add(WebhookSignature.EventHeader, WebhookPayload.AlertTransitionEvent);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.AttemptTimeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                await store.MarkDeliveredAsync(delivery.DeliveryId, attempts, clock.GetUtcNow(), cancellationToken);
                LogDelivered(delivery.DeliveryId, endpoint.Id, attempts);
                return;
            }

            error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = exception is OperationCanceledException ? $"no answer within {options.Value.AttemptTimeout.TotalSeconds:0.#} s" : exception.Message;
        }

        var now = clock.GetUtcNow();
        if (now - delivery.CreatedAt >= options.Value.GiveUpAfter)
        {
            await store.MarkFailedAsync(delivery.DeliveryId, attempts, now, error, cancellationToken);
            LogGaveUp(delivery.DeliveryId, endpoint.Id, attempts, error);
            return;
        }

        var next = now + WebhookBackoff.After(attempts, options.Value.InitialBackoff, options.Value.MaxBackoff);
        await store.MarkRetryAsync(delivery.DeliveryId, attempts, next, error, cancellationToken);
        LogRetry(delivery.DeliveryId, endpoint.Id, attempts, error, next);
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Debug, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} delivered on attempt {Attempts}")]
    private partial void LogDelivered(string deliveryId, string endpointId, int attempts);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} failed (attempt {Attempts}: {Error}); next attempt at {Next:O}")]
    private partial void LogRetry(string deliveryId, string endpointId, int attempts, string error, DateTimeOffset next);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} given up after {Attempts} attempts: {Error}")]
    private partial void LogGaveUp(string deliveryId, string endpointId, int attempts, string error);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "A webhook outbox pass failed; the next pass retries")]
    private partial void LogPassFailed(Exception exception);
}
