using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Sipas.Conformance.Tests.Infrastructure;

/// <summary>The real Silo (Program) on Kestrel on a free loopback port, with its data in a temporary directory.</summary>
public sealed class SiloServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DirectoryInfo _dataDir = Directory.CreateTempSubdirectory("sipas-conformance-");

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    public Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _dataDir.Delete(recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Silo:DataDir", _dataDir.FullName);
    }
}
