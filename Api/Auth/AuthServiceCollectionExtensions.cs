using System.Data.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sipas.Api.Limits;

namespace Sipas.Api.Auth;

/// <summary>Registers API-key authentication, authorization, the key store on the Silo's database, and the rate limits.</summary>
public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, DbDataSource> database)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.Section));
        services.AddSingleton(sp => new ApiKeyStore(database(sp)));
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<Grains.Access.IKeyRevocations>(sp => sp.GetRequiredService<ApiKeyService>());
        services.AddHostedService<ApiKeyBootstrap>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        services.AddAuthorization();
        services.AddSipasRateLimits(configuration);
        return services;
    }
}
