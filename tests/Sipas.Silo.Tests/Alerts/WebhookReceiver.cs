using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sipas.Api.Webhooks;

namespace Sipas.Silo.Tests.Alerts;

/// <summary>A webhook receiver on loopback: records every delivery with its headers and whether its signature verifies.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<Received> Deliveries { get; } = new();

    /// <summary>A loopback port nothing listens on (yet).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<WebhookReceiver> StartAsync(int port, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, new Uri($"http://127.0.0.1:{port}/hook"));
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var signature = request.Headers[WebhookSignature.Header].ToString();
            receiver.Deliveries.Enqueue(new Received(
                request.Headers[WebhookSignature.DeliveryHeader].ToString(),
                WebhookSignature.Verify(secret, body, signature),
                WebhookPayload.Parse(System.Text.Encoding.UTF8.GetString(body))));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits for a delivery matching <paramref name="match"/> (60 s at most).</summary>
    public async Task<Received> WaitForAsync(Func<Received, bool> match)
    {
        for (var attempt = 0; attempt < 1_200; attempt++)
        {
            if (Deliveries.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching webhook delivery within 60 s; got {Deliveries.Count}: "
            + string.Join("; ", Deliveries.Select(d => $"{d.Payload.Transition.Unit} {d.Payload.Transition.From}->{d.Payload.Transition.To}")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record Received(string DeliveryId, bool SignatureValid, WebhookPayload Payload);
}
