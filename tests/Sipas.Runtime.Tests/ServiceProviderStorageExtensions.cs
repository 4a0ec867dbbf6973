using Microsoft.Extensions.DependencyInjection;
using Sipas.Runtime.Storage;

namespace Sipas.Runtime.Tests;

public static class ServiceProviderStorageExtensions
{
    public static IGrainStorage GetKeyedStorage(this IServiceProvider services, string name) =>
        services.GetRequiredKeyedService<IGrainStorage>(name);
}
