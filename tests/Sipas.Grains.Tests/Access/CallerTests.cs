using Sipas.Grains.Access;
using Sipas.Grains.Units;

namespace Sipas.Grains.Tests.Access;

public class CallerTests
{
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();

    [Theory]
    [InlineData(Role.National, null, "79", true)]
    [InlineData(Role.Leader, "01", "01", true)]
    [InlineData(Role.Leader, "01", "01001", true)]
    [InlineData(Role.Leader, "01", "01.STP", true)]
    [InlineData(Role.Leader, "01", "VN", false)]
    [InlineData(Role.Leader, "01", "79", false)]
    [InlineData(Role.Agency, "01.STP", "01.STP", true)]
    [InlineData(Role.Agency, "01.STP", "01", false)]
    [InlineData(Role.Agency, "01.STP", "01001", false)]
    [InlineData(Role.Collector, "01", "01001", false)]
    [InlineData(Role.National, null, "no-such-unit", false)]
    public void CanRead_RoleAndUnit_OnlyTheSubtree(Role role, string? unit, string code, bool expected)
    {
        var caller = new Caller("k", "test", role, unit);

        var allowed = caller.CanRead(Tree, code);

        Assert.Equal(expected, allowed);
    }

    [Theory]
    [InlineData(Role.Collector, "01", "01001", true)]
    [InlineData(Role.Collector, "01", "79001", false)]
    [InlineData(Role.Agency, "01.STP", "01.STP", false)]
    [InlineData(Role.Leader, "79", "79001", true)]
    [InlineData(Role.National, null, "79001", true)]
    public void CanSubmitFor_RoleAndUnit_CollectorsAndManagersInScope(Role role, string? unit, string code, bool expected)
    {
        var caller = new Caller("k", "test", role, unit);

        var allowed = caller.CanSubmitFor(Tree, code);

        Assert.Equal(expected, allowed);
    }

    [Theory]
    [InlineData(Role.Leader, "01", Role.Agency, "01.STP", true)]
    [InlineData(Role.Leader, "01", Role.National, null, false)]
    [InlineData(Role.Leader, "01", Role.Leader, "79", false)]
    [InlineData(Role.Agency, "01.STP", Role.Collector, "01.STP", false)]
    [InlineData(Role.National, null, Role.National, null, true)]
    public void CanCreateKey_LeadersOnlyBelowThemselves(Role role, string? unit, Role newRole, string? newUnit, bool expected)
    {
        var caller = new Caller("k", "test", role, unit);

        var allowed = caller.CanCreateKey(Tree, newRole, newUnit);

        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void From_PrincipalOfCaller_RoundTrips()
    {
        var caller = new Caller("abc", "Sở Tư pháp Hà Nội", Role.Agency, "01.STP");

        var back = Caller.From(caller.ToPrincipal());

        Assert.Equal(caller, back);
    }

    [Fact]
    public void From_AnonymousPrincipal_IsNull()
    {
        var anonymous = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());

        Assert.Null(Caller.From(anonymous));
    }
}
