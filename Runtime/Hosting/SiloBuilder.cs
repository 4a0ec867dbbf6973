using Microsoft.Extensions.DependencyInjection;

namespace Sipas.Runtime.Hosting;

/// <summary>The default <see cref="ISiloBuilder"/>.</summary>
internal sealed class SiloBuilder(IServiceCollection services) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;
}
