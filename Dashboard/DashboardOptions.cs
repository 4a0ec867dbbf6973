namespace Sipas.Dashboard;

/// <summary>How the live dashboard pushes. Bound from the <c>Dashboard</c> configuration section; validated on start.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// Most <c>figures</c> pushes per second to one group (scope and window); changes in between are coalesced into
    /// the next push. Default 4: a wall screen moves smoothly, and a busy province costs a few reads a second.
    /// </summary>
    public double PushesPerSecond { get; set; } = 4;

    /// <summary>
    /// How often every joined group is re-read even without a change event, so that rolling windows (1h, 24h) show
    /// responses ageing out. Only units whose figures moved are pushed. Default 30 s.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most groups (scope and window pairs) one connection may join at once. Default 16.</summary>
    public int MaxJoinsPerConnection { get; set; } = 16;

    /// <summary>The shortest time between two pushes to one group.</summary>
    public TimeSpan PushInterval => TimeSpan.FromSeconds(1 / PushesPerSecond);
}
