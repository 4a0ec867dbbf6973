using Microsoft.Extensions.Hosting;
using Sipas.Runtime.Core;

namespace Sipas.Runtime.Hosting;

/// <summary>Starts the collector and timeout timers; on stop, deactivates every activation so grains flush state.</summary>
internal sealed class SiloHostedService(GrainRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        runtime.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync(cancellationToken);
}
