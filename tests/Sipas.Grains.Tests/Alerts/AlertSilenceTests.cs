using Sipas.Grains.Alerts;
using Sipas.Grains.Units;

namespace Sipas.Grains.Tests.Alerts;

public sealed class AlertSilenceTests
{
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();

    [Fact]
    public void IsActiveAt_TimeBoxed_OnlyBetweenStartAndEnd()
    {
        var silence = Silence("01", rule: null, subtree: false, end: Start.AddHours(1));

        Assert.False(silence.IsActiveAt(Start.AddMinutes(-1)));
        Assert.True(silence.IsActiveAt(Start.AddMinutes(59)));
        Assert.False(silence.IsActiveAt(Start.AddHours(1)));
        Assert.True(silence.IsExpiredAt(Start.AddHours(1)));
    }

    [Fact]
    public void Covers_Subtree_UnitsBelowButNotSiblings()
    {
        var child = Tree.Children("01")[0].Code;
        var other = Tree.Children("79")[0].Code;
        var silence = Silence("01", rule: null, subtree: true, end: Start.AddHours(1));

        Assert.True(silence.Covers(Tree, child, "sipas"));
        Assert.True(silence.Covers(Tree, "01", "burst"));
        Assert.False(silence.Covers(Tree, other, "sipas"));
    }

    [Fact]
    public void Covers_OneRuleOfOneUnit_NotOtherRulesNorChildren()
    {
        var child = Tree.Children("01")[0].Code;
        var silence = Silence("01", rule: "burst", subtree: false, end: Start.AddHours(1));

        Assert.True(silence.Covers(Tree, "01", "burst"));
        Assert.False(silence.Covers(Tree, "01", "sipas"));
        Assert.False(silence.Covers(Tree, child, "burst"));
    }

    private static AlertSilence Silence(string unit, string? rule, bool subtree, DateTimeOffset end) =>
        new("s", unit, rule, subtree, Start, end, null, "admin", Start, null);
}
