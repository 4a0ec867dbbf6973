using Sipas.Grains.Units;

namespace Sipas.Grains.Tests.Units;

public sealed class UnitTreeLoaderTests
{
    private static readonly UnitTree Tree2025 = UnitTreeLoader.Load2025();

    [Fact]
    public void Load2025_Provinces_Are34UnderTheNation()
    {
        var provinces = Tree2025.Children("VN").Where(u => u.Kind == UnitKind.Province).ToList();

        Assert.Equal(34, provinces.Count);
        Assert.Equal(34, Tree2025.OfKind(UnitKind.Province).Count());
        Assert.Equal(UnitKind.Nation, Tree2025.Root.Kind);
    }

    [Fact]
    public void Load2025_Communes_Total3321WithCsvCountsPerProvince()
    {
        var communes = Tree2025.OfKind(UnitKind.Commune).ToList();

        Assert.Equal(3321, communes.Count);
        foreach (var province in ProvinceData.Provinces2025)
        {
            var mine = Tree2025.Children(province.Code).Where(u => u.Kind == UnitKind.Commune).ToList();
            Assert.Equal(province.CommuneLevelUnits, mine.Count);
            Assert.Equal(province.Xa, mine.Count(u => u.Name.StartsWith("Xã ", StringComparison.Ordinal)));
            Assert.Equal(province.Phuong, mine.Count(u => u.Name.StartsWith("Phường ", StringComparison.Ordinal)));
            Assert.Equal(province.DacKhu, mine.Count(u => u.Name.StartsWith("Đặc khu ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Load2025_CommuneCodes_FiveDigitsUnderTheirProvince()
    {
        var communes = Tree2025.OfKind(UnitKind.Commune).ToList();

        Assert.All(communes, c => Assert.Matches("^[0-9]{5}$", c.Code));
        Assert.All(communes, c => Assert.StartsWith(c.ParentCode!, c.Code, StringComparison.Ordinal));
        Assert.Equal("01001", Tree2025.Children("01").First(u => u.Kind == UnitKind.Commune).Code);
    }

    [Fact]
    public void Load2025_Codes_AreUnique()
    {
        var codes = Tree2025.All.Select(u => u.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Tree2025.Count, codes.Count);
    }

    [Fact]
    public void Load2025_Agencies_RealisticSetPerProvinceAboutAThousandInAll()
    {
        var agencies = Tree2025.OfKind(UnitKind.Agency).Count();
        var servicePoints = Tree2025.OfKind(UnitKind.ServicePoint).ToList();

        Assert.Equal(34 * AgencyCatalog.Agencies2025.Count, agencies);
        Assert.InRange(agencies + servicePoints.Count, 900, 1100);
        Assert.All(servicePoints, p => Assert.EndsWith(".TTHCC", p.ParentCode!, StringComparison.Ordinal));
        Assert.Equal("Trung tâm Phục vụ hành chính công Hà Nội", Tree2025.Get("01.TTHCC").Name);
        Assert.Equal("Department of Justice, Hà Nội", Tree2025.Get("01.STP").NameEn);
        Assert.NotNull(Tree2025.Find("01.TTHCC.Q01"));
    }

    [Fact]
    public void Load2025_TakesResponses_OnlyServiceDeliveringUnits()
    {
        var takers = Tree2025.Active.Where(u => u.TakesResponses).Select(u => u.Kind).Distinct().ToHashSet();

        Assert.Equal([UnitKind.Agency, UnitKind.Commune, UnitKind.ServicePoint], takers.OrderBy(k => k.Id, StringComparer.Ordinal));
        Assert.False(Tree2025.Get("01").TakesResponses);
        Assert.False(Tree2025.Get("VN").TakesResponses);
    }

    [Fact]
    public void Load2019_Provinces_Are63WithAgenciesAndNoCommunes()
    {
        var tree = UnitTreeLoader.Load2019();

        Assert.Equal(63, tree.OfKind(UnitKind.Province).Count());
        Assert.Empty(tree.OfKind(UnitKind.Commune));
        Assert.Equal(63 * AgencyCatalog.Agencies2019.Count, tree.OfKind(UnitKind.Agency).Count());
        Assert.Equal("Tỉnh Hà Giang", tree.Get("02").Name);
    }
}
