namespace Sipas.Dashboard.Tests.Infrastructure;

/// <summary>
/// One Silo for every test class that needs it: WebApplicationFactory builds Program's host through process-wide
/// diagnostic events, so factories started in parallel can pick up each other's host.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<DashboardSilo>
{
    public const string Name = "Silo";
}
