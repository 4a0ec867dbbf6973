using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Sipas.Silo.Tests.Limits;

/// <summary>The Silo on Kestrel (a real socket, so that the body limit is the server's) with small ingestion limits.</summary>
public sealed class SizeLimitedSilo : SiloFactory
{
    public const int MaxBodyBytes = 10_000;
    public const int MaxBatchSize = 5;

    public SizeLimitedSilo() => UseKestrel(0);

    /// <summary>Where Kestrel listens (a free port).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Ingestion:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Ingestion:MaxBatchSize", MaxBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
