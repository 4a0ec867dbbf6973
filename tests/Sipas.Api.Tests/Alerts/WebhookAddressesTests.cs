using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Alerts;
using Sipas.Api.Webhooks;

namespace Sipas.Api.Tests.Alerts;

public sealed class WebhookAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    public void IsPrivate_LoopbackPrivateLinkLocal_True(string address) =>
        Assert.True(WebhookAddresses.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("203.113.131.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void IsPrivate_PublicAddress_False(string address) =>
        Assert.False(WebhookAddresses.IsPrivate(IPAddress.Parse(address)));

    [Fact]
    public async Task ConnectAsync_HostNameResolvingToLoopbackWhenForbidden_RefusedNamingHostAndSetting()
    {
        using var listener = Listen();

        var error = await Assert.ThrowsAsync<HttpRequestException>(async () =>
            await WebhookAddresses.ConnectAsync(new DnsEndPoint("localhost", Port(listener)), allowPrivate: false, CancellationToken.None));

        Assert.Contains("'localhost' resolves to", error.Message, StringComparison.Ordinal);
        Assert.Contains("Webhooks:AllowPrivateAddresses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_HostNameResolvingToLoopbackWhenAllowed_Connects()
    {
        using var listener = Listen();
        var accept = listener.AcceptSocketAsync();

        await using var stream = await WebhookAddresses.ConnectAsync(new DnsEndPoint("localhost", Port(listener)), allowPrivate: true, CancellationToken.None);
        using var accepted = await accept;

        Assert.True(accepted.Connected);
        Assert.True(stream.CanWrite);
    }

    [Fact]
    public async Task DeliveryClient_PrivateAddressesForbidden_RefusesAHostNameThatResolvesToLoopback()
    {
        using var listener = Listen();
        await using var services = Services(allowPrivate: false);
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookSender.HttpClientName);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://localhost:{Port(listener)}/hook")));

        Assert.Contains("Webhooks:AllowPrivateAddresses", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveryClient_ReceiverRedirects_RedirectNotFollowed()
    {
        using var listener = Listen();
        var reply = RespondOnceAsync(listener, "HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await using var services = Services(allowPrivate: true);
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookSender.HttpClientName);

        using var response = await client.PostAsync(new Uri($"http://127.0.0.1:{Port(listener)}/hook"), new StringContent("{}"));
        await reply;

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    private static ServiceProvider Services(bool allowPrivate)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Webhooks:AllowPrivateAddresses"] = allowPrivate ? "true" : "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        // The delivery client needs no database; the stores are never resolved here.
        services.AddAlerting(configuration, _ => throw new InvalidOperationException("no database in this test"));
        return services.BuildServiceProvider();
    }

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    private static async Task RespondOnceAsync(TcpListener listener, string response)
    {
        using var socket = await listener.AcceptSocketAsync();
        var buffer = new byte[8192];
        var request = new StringBuilder();
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer);
            if (read == 0)
            {
                break;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await socket.SendAsync(Encoding.ASCII.GetBytes(response));
        socket.Shutdown(SocketShutdown.Both);
    }
}
