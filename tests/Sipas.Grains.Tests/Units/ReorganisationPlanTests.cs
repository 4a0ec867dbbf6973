using Sipas.Grains.Units;

namespace Sipas.Grains.Tests.Units;

public sealed class ReorganisationPlanTests
{
    private static readonly DateOnly July2025 = new(2025, 7, 1);

    [Fact]
    public void Vietnam2025_AppliedTo2019_GivesExactlyThe34ProvincesOfTheCsv()
    {
        var before = UnitTreeLoader.Load2019();

        var after = before.Apply(ReorganisationPlan.Vietnam2025(before));

        var provinces = after.OfKind(UnitKind.Province).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => (p.Code, p.Name));
        var expected = ProvinceData.Provinces2025.Select(p => (p.Code, p.Name));
        Assert.Equal(expected, provinces);
    }

    [Fact]
    public void Vietnam2025_MergedProvince_RetiredAndItsAgenciesUnderTheHost()
    {
        var before = UnitTreeLoader.Load2019();

        var after = before.Apply(ReorganisationPlan.Vietnam2025(before));

        var haGiang = after.Get("02");
        Assert.Equal(July2025, haGiang.EffectiveTo);
        Assert.Empty(after.Children("02"));
        Assert.Equal("08", after.Get("02.STP").ParentCode);
        Assert.True(after.IsInSubtree("02.TTHCC.Q01", "08"));
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(after.Count, after.All.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Apply_Merge_ChildrenMoveAndCodeIsRetired()
    {
        var tree = UnitTreeLoader.Load2019();

        var after = tree.Apply(new Merge("06", "19", July2025));

        Assert.False(after.Get("06").IsActive);
        Assert.Equal("19", after.Get("06").MergedInto);
        Assert.Equal("19", after.Get("06.STP").ParentCode);
        Assert.DoesNotContain(after.Children("VN"), u => u.Code == "06");
        Assert.True(tree.Get("06").IsActive);
        Assert.Equal(tree.Version + 1, after.Version);
    }

    [Fact]
    public void Apply_Move_UnitHasNewParent()
    {
        var tree = UnitTreeLoader.Load2025();

        var after = tree.Apply(new Move("01.TTHCC.Q01", "01.STP", July2025));

        Assert.Equal(["01.STP", "01", "VN"], after.Ancestors("01.TTHCC.Q01").Select(u => u.Code));
        Assert.Contains(after.Children("01.STP"), u => u.Code == "01.TTHCC.Q01");
    }

    [Fact]
    public void Apply_Rename_NewName()
    {
        var tree = UnitTreeLoader.Load2025();

        var after = tree.Apply(new Rename("01001", "Phường Hoàn Kiếm", July2025));

        Assert.Equal("Phường Hoàn Kiếm", after.Get("01001").Name);
        Assert.Equal("Xã 001", tree.Get("01001").Name);
    }

    [Fact]
    public void Apply_MergeIntoRetiredUnit_ThrowsWithReason()
    {
        var tree = UnitTreeLoader.Load2019().Apply(new Merge("06", "19", July2025));

        var error = Assert.Throws<InvalidOperationException>(() => tree.Apply(new Merge("04", "06", July2025)));

        Assert.Contains("retired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MoveUnderOwnDescendant_ThrowsCycle()
    {
        var tree = UnitTreeLoader.Load2025();

        var error = Assert.Throws<InvalidOperationException>(() => tree.Apply(new Move("01", "01.STP", July2025)));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DateBeforeTheTree_Throws()
    {
        var tree = UnitTreeLoader.Load2025();

        var error = Assert.Throws<InvalidOperationException>(() => tree.Apply(new Rename("01", "X", new DateOnly(2024, 1, 1))));

        Assert.Contains("date order", error.Message, StringComparison.Ordinal);
    }
}
