using Sipas.Grains.Units;

namespace Sipas.Grains.Tests.Units;

public sealed class UnitTreeTests
{
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();

    [Fact]
    public void Ancestors_ServicePoint_PathUpToTheNation()
    {
        var path = Tree.Ancestors("01.TTHCC.Q01").Select(u => u.Code);

        Assert.Equal(["01.TTHCC", "01", "VN"], path);
    }

    [Fact]
    public void Ancestors_Nation_Empty()
    {
        var path = Tree.Ancestors("VN");

        Assert.Empty(path);
    }

    [Theory]
    [InlineData("01.TTHCC.Q01", "01", true)]
    [InlineData("01001", "VN", true)]
    [InlineData("01", "01", true)]
    [InlineData("01001", "04", false)]
    [InlineData("01", "01001", false)]
    [InlineData("nope", "VN", false)]
    public void IsInSubtree_Codes_AnswersAsTheTreeSays(string code, string ancestor, bool expected)
    {
        var result = Tree.IsInSubtree(code, ancestor);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Leaves_Tree_AreCommunesAgenciesWithoutPointsAndServicePoints()
    {
        var leaves = Tree.Leaves().ToList();

        Assert.DoesNotContain(leaves, u => u.Code == "01.TTHCC" || u.Kind == UnitKind.Province);
        Assert.Contains(leaves, u => u.Code == "01.STP");
        Assert.Contains(leaves, u => u.Code == "01.TTHCC.Q01");
        Assert.All(leaves, u => Assert.True(u.TakesResponses));
    }

    [Fact]
    public void Children_UnknownCode_Empty()
    {
        var children = Tree.Children("ZZ");

        Assert.Empty(children);
    }

    [Fact]
    public void Constructor_DuplicateCode_Throws()
    {
        var day = new DateOnly(2025, 7, 1);
        Unit[] units = [new("VN", UnitKind.Nation, "Việt Nam", null, null, day), new("01", UnitKind.Province, "A", null, "VN", day), new("01", UnitKind.Province, "B", null, "VN", day)];

        var error = Assert.Throws<ArgumentException>(() => new UnitTree(units, day));

        Assert.Contains("Duplicate unit code '01'", error.Message, StringComparison.Ordinal);
    }
}
