using Microsoft.AspNetCore.Hosting;

namespace Sipas.Silo.Tests.Limits;

/// <summary>The Silo with tiny per-key rate limits: a burst of 2 requests, then 1 per second.</summary>
public sealed class RateLimitedSilo : SiloFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:IngestPerSecond", "1");
        builder.UseSetting("RateLimits:IngestBurst", "2");
        builder.UseSetting("RateLimits:GraphQLPerSecond", "1");
        builder.UseSetting("RateLimits:GraphQLBurst", "2");
    }
}
