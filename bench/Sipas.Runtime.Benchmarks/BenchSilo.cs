using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sipas.Runtime.Hosting;

namespace Sipas.Runtime.Benchmarks;

/// <summary>A silo with the ping grain, started without a host.</summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private BenchSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchSilo> StartAsync()
    {
        var services = new ServiceCollection();
        services.AddSilo(silo => silo.AddGrain<PingGrain>());
        var silo = new BenchSilo(services.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
