using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sipas.Dashboard.Hub;

namespace Sipas.Dashboard;

/// <summary>Registers the live hub, its fan-out and the dashboard options.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Adds SignalR (JSON protocol, alert states as REST writes them: FIRING, INSUFFICIENT_DATA), the hub's services and the fan-out.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DashboardOptions>()
            .Bind(configuration.GetSection(DashboardOptions.Section))
            .Validate(o => o.PushesPerSecond is > 0 and <= 100, $"{DashboardOptions.Section}:PushesPerSecond must be above 0 and at most 100.")
            .Validate(o => o.RefreshInterval >= TimeSpan.FromSeconds(1), $"{DashboardOptions.Section}:RefreshInterval must be at least 00:00:01.")
            .Validate(o => o.MaxJoinsPerConnection > 0, $"{DashboardOptions.Section}:MaxJoinsPerConnection must be at least 1.")
            .ValidateOnStart();
        services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper)));
        services.AddSingleton<LiveGroups>();
        services.AddSingleton<FiguresReader>();
        services.AddSingleton<LiveFanOut>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFanOut>());
        return services;
    }
}
