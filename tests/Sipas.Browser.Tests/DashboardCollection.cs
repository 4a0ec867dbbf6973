namespace Sipas.Browser.Tests;

/// <summary>One seeded Silo and one browser for every browser test (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "Dashboard in Chromium";
}
