using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Auth;
using Sipas.Grains.Access;
using Sipas.Grains.Alerts;
using Sipas.Grains.Live;
using Sipas.Grains.Units;

namespace Sipas.Dashboard.Tests.Infrastructure;

/// <summary>
/// The real Silo (Program) on Kestrel on a free loopback port, with its data in a temporary directory, so that both
/// the raw WebSocket client and Node's <c>@microsoft/signalr</c> reach the hub over a real socket.
/// </summary>
public sealed class DashboardSilo : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Pushes per second per group in these tests (low, so that coalescing is visible).</summary>
    public const double PushesPerSecond = 2;

    private readonly DirectoryInfo _dataDir = Directory.CreateTempSubdirectory("sipas-dashboard-");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The national admin key the Silo wrote on first start.</summary>
    public string AdminKey => File.ReadAllText(Path.Combine(_dataDir.FullName, "admin.key")).Trim();

    public UnitTree Tree => Services.GetRequiredService<UnitDirectory>().Tree;

    public AlertFeed Alerts => Services.GetRequiredService<AlertFeed>();

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The Silo did not become ready within 60 s.");
    }

    /// <summary>A new key with <paramref name="role"/> for <paramref name="unit"/>.</summary>
    public async Task<string> CreateKeyAsync(Role role, string? unit)
    {
        var key = await Services.GetRequiredService<ApiKeyService>().CreateAsync(role, unit, $"dashboard test {role} {unit}", null, CancellationToken.None);
        return key.Secret;
    }

    /// <summary>An HTTP client with the admin key.</summary>
    public HttpClient AdminClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataDir.Delete(recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Silo:DataDir", _dataDir.FullName);
        builder.UseSetting("Live:FlushInterval", "00:00:00.050");
        builder.UseSetting("Dashboard:PushesPerSecond", PushesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
