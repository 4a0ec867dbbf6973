using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Sipas.Api.Rest;

namespace Sipas.Silo.Tests.Demo;

public sealed class DemoStreamTests(DemoStreamTests.DemoSiloFactory factory) : IClassFixture<DemoStreamTests.DemoSiloFactory>
{
    [Fact]
    public async Task Demo_FirstStart_BackfillsAndKeepsStreamingIntoTheNationalScore()
    {
        using var client = await factory.ReadyClientAsync();

        var backfilled = await EventuallyAsync(client, n => n >= 2_000);
        var later = await EventuallyAsync(client, n => n > backfilled);

        Assert.True(backfilled >= 2_000, $"national n after backfill: {backfilled}");
        Assert.True(later > backfilled, "the live stream did not add responses");
    }

    private static async Task<long> EventuallyAsync(HttpClient client, Func<long, bool> done)
    {
        long n = 0;
        for (var attempt = 0; attempt < 400 && !done(n); attempt++)
        {
            await Task.Delay(50);
            n = (await client.GetFromJsonAsync<ScoreDto>(new Uri("/api/v1/units/VN/score?window=all", UriKind.Relative)))!.N;
        }

        return n;
    }

    public sealed class DemoSiloFactory : SiloFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Silo:Demo", "true");
            builder.UseSetting("Demo:Backfill", "2000");
            builder.UseSetting("Demo:Rate", "200");
        }
    }
}
