using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Sipas.Api.Webhooks;

/// <summary>The <c>X-Sipas-Signature</c> header: <c>sha256=</c> and the lowercase hex HMAC-SHA256 of the body under the endpoint's secret.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Sipas-Signature";
    public const string DeliveryHeader = "X-Sipas-Delivery";
    public const string EventHeader = "X-Sipas-Event";
    private const string Prefix = "sha256=";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Checks a header value in constant time (what a receiver does).</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header));
    }

    /// <summary>A new random secret (32 bytes, base64url).</summary>
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
