using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sipas.Api.GraphQL;
using Sipas.Api.GraphQL.Alerts;
using Sipas.Api.Webhooks;

namespace Sipas.Api.Alerts;

/// <summary>Registers alerting (evaluator, store, REST's services, the GraphQL part) and webhook delivery on the Silo's database.</summary>
public static class AlertingServiceCollectionExtensions
{
    /// <summary>Register after ingestion: the evaluator waits for the grains' recovery (<see cref="Live.Readiness"/>).</summary>
    public static IServiceCollection AddAlerting(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, DbDataSource> database)
    {
        services.Configure<AlertingOptions>(configuration.GetSection(AlertingOptions.Section));
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton(sp => new AlertStore(database(sp)));
        services.AddSingleton(sp => new WebhookStore(database(sp)));
        services.AddSingleton<WebhookEndpoints>();
        services.AddSingleton<AlertingService>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertingService>());
        services.AddHttpClient(WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebhookOptions>>();
            return new SocketsHttpHandler
            {
                // A redirect is a failed delivery: following one could lead anywhere, private addresses included.
                AllowAutoRedirect = false,
                ConnectCallback = (context, cancellationToken) =>
                    WebhookAddresses.ConnectAsync(context.DnsEndPoint, options.Value.AllowPrivateAddresses, cancellationToken),
            };
        });
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        services.AddHostedService<AlertRetentionService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISipasSchemaPart, AlertsSchemaPart>());
        return services;
    }
}
