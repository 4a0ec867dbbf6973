using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sipas.Grains.Access;

namespace Sipas.Api.Limits;

/// <summary>Per-key token buckets for ingestion and GraphQL (ASP.NET Core's rate limiter); refusals are 429 problem+json with Retry-After.</summary>
public static class RateLimits
{
    public const string Ingest = "ingest";
    public const string GraphQL = "graphql";

    public static IServiceCollection AddSipasRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Ingest, http => Bucket(http, Ingest, o => (o.IngestPerSecond, o.IngestBurst)));
            limiter.AddPolicy(GraphQL, http => Bucket(http, GraphQL, o => (o.GraphQLPerSecond, o.GraphQLBurst)));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    $"This key sent more requests than its limit allows; retry after {retryAfter} s or ask for a higher limit ({RateLimitOptions.Section} settings).",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Bucket(HttpContext http, string policy, Func<RateLimitOptions, (int PerSecond, int Burst)> pick)
    {
        var (perSecond, burst) = pick(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var who = Caller.From(http.User)?.KeyId ?? "ip:" + http.Connection.RemoteIpAddress;
        // Refill every 100 ms when the rate splits evenly into tenths, else once a second: either way exactly the rate
        // configured (a tenth rounded up would let 1/s through as 10/s).
        var tenths = perSecond >= 10 && perSecond % 10 == 0;
        return RateLimitPartition.GetTokenBucketLimiter($"{policy}:{who}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = tenths ? perSecond / 10 : Math.Max(1, perSecond),
            ReplenishmentPeriod = tenths ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
