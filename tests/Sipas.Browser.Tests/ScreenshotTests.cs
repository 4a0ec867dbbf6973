using Microsoft.Playwright;

namespace Sipas.Browser.Tests;

/// <summary>
/// Screenshots of the national board, a province and a unit page at a laptop's 1440 × 900, and of TV mode on a 4K
/// wall screen. They go to the test's
/// temporary directory; with <c>SIPAS_UPDATE_SCREENSHOTS=1</c> they replace the README's pictures under <c>docs/</c>.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ScreenshotTests(DashboardServer server)
{
    private const float Patience = 30_000;

    [Fact]
    public async Task Screenshots_BoardProvinceAndUnit_AreTaken()
    {
        var directory = Environment.GetEnvironmentVariable("SIPAS_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(FindRoot(), "docs")
            : Directory.CreateTempSubdirectory("sipas-screens-").FullName;
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.GetByTestId("key").FillAsync(server.AdminKey);
        await page.GetByTestId("key").PressAsync("Enter");
        await Assertions.Expect(page.Locator("table.board tbody tr")).ToHaveCountAsync(34, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("table.board[data-sparks='done']")).ToBeAttachedAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.GetByTestId("connection")).ToHaveTextAsync("Trực tiếp", new() { Timeout = Patience });

        var board = Path.Combine(directory, "dashboard-board.png");
        await page.ScreenshotAsync(new() { Path = board });
        await page.Locator("tr[data-unit='01'] .unit-link").ClickAsync();
        await Assertions.Expect(page.Locator("table.board[data-scope='01'][data-sparks='done']")).ToBeAttachedAsync(new() { Timeout = Patience });
        var province = Path.Combine(directory, "dashboard-province.png");
        await page.ScreenshotAsync(new() { Path = province });
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/unit/01.STP").ToString());
        await Assertions.Expect(page.GetByTestId("criteria").Locator("tr[data-criterion]")).ToHaveCountAsync(22, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("figure.chart svg.trend polyline").First).ToBeAttachedAsync(new() { Timeout = Patience });
        var unit = Path.Combine(directory, "dashboard-unit.png");
        await page.ScreenshotAsync(new() { Path = unit, FullPage = true });
        await context.DisposeAsync();

        // TV mode on a 4K wall screen (3840 × 2160), rotation slowed so that the national board stays.
        var wall = await server.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 3840, Height = 2160 } });
        var tvPage = await wall.NewPageAsync();
        await tvPage.GotoAsync(new Uri(server.BaseAddress, "/?tv&every=600").ToString());
        await tvPage.GetByTestId("key").FillAsync(server.AdminKey);
        await tvPage.GetByTestId("key").PressAsync("Enter");
        await Assertions.Expect(tvPage.Locator("html.tv table.board[data-scope='VN'] tbody tr")).ToHaveCountAsync(34, new() { Timeout = Patience });
        await Assertions.Expect(tvPage.GetByTestId("connection")).ToHaveTextAsync("Trực tiếp", new() { Timeout = Patience });
        await Assertions.Expect(tvPage.Locator("table.board[data-sparks='done']")).ToBeAttachedAsync(new() { Timeout = Patience });
        var tv = Path.Combine(directory, "dashboard-tv-4k.png");
        await tvPage.ScreenshotAsync(new() { Path = tv });
        await wall.DisposeAsync();

        foreach (var file in new[] { board, province, unit, tv })
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 20_000, $"{file} holds {bytes.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sipas.Orleans.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Sipas.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
