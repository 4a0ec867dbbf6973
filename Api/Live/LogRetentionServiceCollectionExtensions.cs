using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Storage;

namespace Sipas.Api.Live;

/// <summary>Registers the response log retention job (after <c>AddIngestion</c>, which registers the store).</summary>
public static class LogRetentionServiceCollectionExtensions
{
    /// <summary>Adds <see cref="LogRetentionService"/>; bound from the <c>Retention</c> section to <see cref="LogRetentionOptions"/>.</summary>
    public static IServiceCollection AddLogRetention(this IServiceCollection services)
    {
        services.AddOptions<LogRetentionOptions>()
            .BindConfiguration(LogRetentionOptions.Section)
            .Validate(o => o.LogDays > 0 && o.BatchSize > 0 && o.Interval > TimeSpan.Zero, "Retention: LogDays, BatchSize and Interval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<LogRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<LogRetentionService>());
        return services;
    }
}
