using System.Security.Cryptography;
using System.Text;
using Sipas.Api.Webhooks;

namespace Sipas.Api.Tests.Alerts;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_KnownBody_IsHexHmacSha256WithPrefix()
    {
        var body = Encoding.UTF8.GetBytes("""{"event":"alert.transition"}""");

        var header = WebhookSignature.Sign("key", body);

        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("key"u8, body)), header);
        Assert.Matches("^sha256=[0-9a-f]{64}$", header);
    }

    [Fact]
    public void Verify_TamperedBodyOrOtherSecret_Refused()
    {
        var body = Encoding.UTF8.GetBytes("""{"to":"FIRING"}""");
        var header = WebhookSignature.Sign("secret", body);

        Assert.True(WebhookSignature.Verify("secret", body, header));
        Assert.False(WebhookSignature.Verify("secret", Encoding.UTF8.GetBytes("""{"to":"RESOLVED"}"""), header));
        Assert.False(WebhookSignature.Verify("other", body, header));
        Assert.False(WebhookSignature.Verify("secret", body, null));
        Assert.False(WebhookSignature.Verify("secret", body, header[7..]));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(8, 640)]
    [InlineData(9, 900)]
    [InlineData(40, 900)]
    public void Backoff_AfterFailures_DoublesUpToTheCap(int failures, int seconds)
    {
        var wait = WebhookBackoff.After(failures, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(15));

        Assert.Equal(TimeSpan.FromSeconds(seconds), wait);
    }

    [Fact]
    public void NewSecret_TwoCalls_DifferAndAreUrlSafe()
    {
        var first = WebhookSignature.NewSecret();
        var second = WebhookSignature.NewSecret();

        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", first);
    }
}
