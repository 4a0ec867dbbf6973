using Microsoft.AspNetCore.Hosting;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>The Silo with rate limits out of the way, so that a hostile run measures validation, not throttling.</summary>
public sealed class HostileSilo : SiloFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:IngestPerSecond", "1000000");
        builder.UseSetting("RateLimits:IngestBurst", "1000000");
        builder.UseSetting("RateLimits:GraphQLPerSecond", "1000000");
        builder.UseSetting("RateLimits:GraphQLBurst", "1000000");
    }
}
