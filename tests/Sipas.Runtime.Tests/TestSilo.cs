using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sipas.Runtime.Configuration;
using Sipas.Runtime.Hosting;
using Sipas.Runtime.Tests.Grains;

namespace Sipas.Runtime.Tests;

/// <summary>An in-process silo with the test grains and in-memory storage "store".</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;
    private bool _stopped;

    private TestSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public LifecycleProbe Probe => _services.GetRequiredService<LifecycleProbe>();

    public IServiceProvider Services => _services;

    public static async Task<TestSilo> StartAsync(TimeProvider? clock = null, Action<ISiloBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<LifecycleProbe>();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSilo(silo =>
        {
            silo.AddGrains(typeof(TestSilo).Assembly)
                .AddGrainStateJsonContext(TestStateJsonContext.Default)
                .AddMemoryGrainStorage("store")
                .Configure<SiloMessagingOptions>(o => o.ResponseTimeoutCheckInterval = TimeSpan.FromMilliseconds(50));
            configure?.Invoke(silo);
        });
        var silo = new TestSilo(services.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return silo;
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var hosted in _hosted.Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }
}
