using System.Net;
using System.Net.Sockets;

namespace Sipas.Api.Webhooks;

/// <summary>
/// Where webhook deliveries may connect. A check of the URL at registration sees only literal addresses; a host name
/// can resolve to a private address later (or differently at each lookup), so with
/// <see cref="WebhookOptions.AllowPrivateAddresses"/> off the delivery client checks every address it is about to
/// connect to (<see cref="ConnectAsync"/>), and it follows no redirects.
/// </summary>
public static class WebhookAddresses
{
    /// <summary>
    /// Loopback, private (RFC 1918), carrier-grade NAT (100.64/10), link-local (incl. cloud metadata at 169.254.169.254),
    /// "this network" (0/8), IPv6 unique-local and site-local, and IPv4-mapped forms of all of these.
    /// </summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] is 0 or 10
            || (b[0] == 100 && b[1] >= 64 && b[1] < 128)
            || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254);
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host and connects to its first address that
    /// is allowed; when every address is private and private ones are not allowed, fails naming the host and address.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var allowed = allowPrivate ? addresses : [.. addresses.Where(a => !IsPrivate(a))];
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(addresses.Length == 0
                ? $"'{endPoint.Host}' resolves to no address."
                : $"'{endPoint.Host}' resolves to {addresses[0]}, a loopback or private address, which Webhooks:AllowPrivateAddresses forbids.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
