using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Sipas.Dashboard.Tests;

public sealed class DashboardServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDashboard_NoConfiguration_DocumentedDefaults()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;

        Assert.Equal(4, options.PushesPerSecond);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.PushInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RefreshInterval);
        Assert.Equal(16, options.MaxJoinsPerConnection);
    }

    [Theory]
    [InlineData("Dashboard:PushesPerSecond", "0", "Dashboard:PushesPerSecond must be above 0 and at most 100.")]
    [InlineData("Dashboard:RefreshInterval", "00:00:00.100", "Dashboard:RefreshInterval must be at least 00:00:01.")]
    [InlineData("Dashboard:MaxJoinsPerConnection", "0", "Dashboard:MaxJoinsPerConnection must be at least 1.")]
    public void AddDashboard_OutOfRangeSetting_RefusedSayingWhich(string key, string value, string expected)
    {
        using var services = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DashboardOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDashboard(configuration).BuildServiceProvider();
    }
}
