using Microsoft.Extensions.DependencyInjection;

namespace Sipas.Runtime.Hosting;

/// <summary>Configures the silo inside <see cref="SiloServiceCollectionExtensions.AddSilo"/> (Orleans' <c>ISiloBuilder</c>).</summary>
public interface ISiloBuilder
{
    /// <summary>The application's services.</summary>
    IServiceCollection Services { get; }
}
