using Microsoft.Extensions.DependencyInjection;
using Sipas.Runtime.Core;

namespace Sipas.Runtime.Tests;

internal static class RuntimeTestExtensions
{
    public static GrainRuntime GetRuntime(this IServiceProvider services) => services.GetRequiredService<GrainRuntime>();
}
