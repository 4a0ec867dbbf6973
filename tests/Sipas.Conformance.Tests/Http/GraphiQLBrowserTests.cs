using Microsoft.Playwright;
using Sipas.Conformance.Tests.Infrastructure;

namespace Sipas.Conformance.Tests.Http;

/// <summary>The GraphiQL page in a real Chromium (SIPAS_CHROMIUM, provisioned by test.sh): it loads and runs a query.</summary>
[Collection(SiloCollection.Name)]
public sealed class GraphiQLBrowserTests(SiloServer silo)
{
    [Fact]
    public async Task Ide_RunQuery_ShowsTheResult()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SIPAS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(silo.GraphQLEndpoint.ToString());
        var editor = page.Locator(".graphiql-query-editor .monaco-editor").First;
        await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        await editor.ClickAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("{ __typename ");
        // The keyboard shortcut, because the editor's completion list may cover the run button.
        await page.Keyboard.PressAsync("Control+Enter");
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("Query", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

        Assert.Contains("\"Query\"", await response.TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
