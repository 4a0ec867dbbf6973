using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Sipas.Browser.Tests;

/// <summary>
/// The real Silo on Kestrel (a free loopback port, data in a temporary directory) seeded with a deterministic set of
/// responses over the last 14 days in every province, and one headless Debian Chromium (SIPAS_CHROMIUM, provisioned
/// by test.sh, or /usr/bin/chromium) driven by Playwright for .NET.
/// </summary>
public sealed class DashboardServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DirectoryInfo _dataDir = Directory.CreateTempSubdirectory("sipas-browser-");
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string AdminKey => File.ReadAllText(Path.Combine(_dataDir.FullName, "admin.key")).Trim();

    /// <summary>An HTTP client with the admin key.</summary>
    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        Api = new HttpClient { BaseAddress = BaseAddress };
        await WaitReadyAsync();
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        await SeedAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SIPAS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataDir.Delete(recursive: true);
    }

    /// <summary>Submits responses over REST and fails with the body unless every one was accepted.</summary>
    public async Task SubmitAsync(IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i += 1000)
        {
            var body = "[" + string.Join(",", items.Skip(i).Take(1000)) + "]";
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await Api.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), content);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"POST /api/v1/responses: {response.StatusCode} {text}");
            Assert.DoesNotContain("\"rejected\"", text, StringComparison.Ordinal);
        }
    }

    /// <summary>A response with every criterion answered: satisfied (4–5) with probability <paramref name="satisfied"/>, else 1–3.</summary>
    public static string Response(Random random, string unit, DateTimeOffset servedAt, double satisfied)
    {
        string[] criteria = ["TC1", "TC2", "TC3", "TC4", "TT1", "TT2", "TT3", "TT4", "TT5", "CC1", "CC2", "CC3", "CC4", "CC5", "CC6", "KQ1", "KQ2", "KQ3", "PA1", "PA2", "PA3", "PA4"];
        int Level() => random.NextDouble() < satisfied ? random.Next(4, 6) : random.Next(1, 4);
        var answers = string.Join(",", criteria.Select(c => $"\"{c}\":{Level()}"));
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var id = new Guid(bytes);
        return $$"""{"id":"{{id}}","unit":"{{unit}}","questionnaire":"sipas-2017","servedAt":"{{servedAt.ToString("O", CultureInfo.InvariantCulture)}}","channel":"kiosk","answers":{{{answers}}},"overall":{{Level()}}}""";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Silo:DataDir", _dataDir.FullName);
        builder.UseSetting("Live:FlushInterval", "00:00:00.050");
    }

    private async Task WaitReadyAsync()
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            try
            {
                using var response = await Api.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The Silo did not become ready within 60 s.");
    }

    /// <summary>
    /// Every province gets responses at four agencies (the service centre and Justice first) and two communes over the last 14 days, at a level of its own
    /// (70–95% satisfied); Hà Nội (01) at twelve of each; two provinces stay under the minimum sample (insufficient data).
    /// </summary>
    private async Task SeedAsync()
    {
        var random = new Random(2025);
        var now = TimeProvider.System.GetUtcNow();
        var provinces = await GetAsync<List<UnitJson>>("/api/v1/units?parent=VN");
        var items = new List<string>();
        foreach (var (province, index) in provinces.Select((p, i) => (p, i)))
        {
            var children = (await GetAsync<List<UnitJson>>($"/api/v1/units?parent={province.Code}")).Where(u => u.TakesResponses).ToList();
            var level = 0.70 + (0.25 * random.NextDouble());
            var capital = province.Code == "01";
            var units = children.Where(u => u.Kind == "agency").OrderBy(u => u.Code.EndsWith(".TTHCC", StringComparison.Ordinal) || u.Code.EndsWith(".STP", StringComparison.Ordinal) ? 0 : 1).Take(capital ? 12 : 4)
                .Concat(children.Where(u => u.Kind == "commune").Take(capital ? 12 : 2)).ToList();
            var perUnit = capital ? 30 : index % 17 == 16 ? 2 : 14;
            foreach (var unit in units)
            {
                var unitLevel = Math.Clamp(level + ((random.NextDouble() - 0.5) * 0.2), 0.3, 0.99);
                for (var i = 0; i < perUnit; i++)
                {
                    var servedAt = now.AddMinutes(-random.Next(5, 14 * 24 * 60));
                    items.Add(Response(random, unit.Code, servedAt, unitLevel));
                }
            }
        }

        await SubmitAsync(items);
    }

    private async Task<T> GetAsync<T>(string path)
    {
        using var response = await Api.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record UnitJson(string Code, string Name, string Kind, bool TakesResponses);
}
