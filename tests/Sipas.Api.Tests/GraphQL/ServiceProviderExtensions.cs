using Microsoft.Extensions.DependencyInjection;
using Sipas.Grains.Live;
using Sipas.Grains.Units;

namespace Sipas.Api.Tests.GraphQL;

internal static class ServiceProviderExtensions
{
    public static UnitTree GetTree(this IServiceProvider services) => services.GetRequiredService<UnitDirectory>().Tree;
}
