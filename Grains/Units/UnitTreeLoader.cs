using System.Globalization;

namespace Sipas.Grains.Units;

/// <summary>
/// Builds the unit trees from the embedded province CSVs. Agencies and service points get stable codes under their
/// province (<c>01.STP</c>, <c>01.TTHCC.Q01</c>). Commune names and codes are GENERATED (real names are not loaded):
/// code = province code + a 3-digit sequence (xã first, then phường, then đặc khu), name = "Xã 001", "Phường 002", …
/// </summary>
public static class UnitTreeLoader
{
    public const string NationCode = "VN";

    /// <summary>The day the 34-province tree took effect (NQ 202/2025/QH15).</summary>
    public static readonly DateOnly Effective2025 = new(2025, 7, 1);

    /// <summary>The date the 63-province snapshot stands for.</summary>
    public static readonly DateOnly Effective2019 = new(2019, 1, 1);

    /// <summary>Nation → 34 provinces → their agencies (+ service points) and 3,321 communes.</summary>
    public static UnitTree Load2025()
    {
        var units = new List<Unit> { Nation(Effective2025) };
        foreach (var province in ProvinceData.Provinces2025)
        {
            units.Add(new Unit(province.Code, UnitKind.Province, province.Name, null, NationCode, Effective2025));
            units.AddRange(Agencies(province.Code, province.Name, AgencyCatalog.Agencies2025, Effective2025));
            units.AddRange(Communes(province));
        }

        return new UnitTree(units, Effective2025);
    }

    /// <summary>Nation → 63 provinces → their agencies (+ service points); no districts or communes.</summary>
    public static UnitTree Load2019()
    {
        var units = new List<Unit> { Nation(Effective2019) };
        foreach (var province in ProvinceData.Provinces2019)
        {
            units.Add(new Unit(province.Code, UnitKind.Province, province.Name, null, NationCode, Effective2019));
            units.AddRange(Agencies(province.Code, province.Name, AgencyCatalog.Agencies2019, Effective2019));
        }

        return new UnitTree(units, Effective2019);
    }

    private static Unit Nation(DateOnly from) => new(NationCode, UnitKind.Nation, "Việt Nam", "Viet Nam", null, from);

    private static IEnumerable<Unit> Agencies(
        string provinceCode, string provinceName, IReadOnlyList<AgencyTemplate> templates, DateOnly from)
    {
        var place = ShortName(provinceName);
        foreach (var agency in templates)
        {
            var code = $"{provinceCode}.{agency.Suffix}";
            yield return new Unit(code, UnitKind.Agency, $"{agency.Name} {place}", $"{agency.NameEn}, {place}", provinceCode, from);
        }

        var centre = $"{provinceCode}.{AgencyCatalog.ServiceCentre}";
        for (var i = 1; i <= AgencyCatalog.ServicePointCount(provinceCode); i++)
        {
            var number = i.ToString("00", CultureInfo.InvariantCulture);
            yield return new Unit(
                $"{centre}.Q{number}", UnitKind.ServicePoint, $"Quầy tiếp nhận số {number} ({place})",
                $"Counter {number} ({place})", centre, from);
        }
    }

    private static IEnumerable<Unit> Communes(Province2025 province)
    {
        var sequence = 0;
        foreach (var (kind, count) in new[] { ("Xã", province.Xa), ("Phường", province.Phuong), ("Đặc khu", province.DacKhu) })
        {
            for (var i = 1; i <= count; i++)
            {
                sequence++;
                var code = province.Code + sequence.ToString("000", CultureInfo.InvariantCulture);
                var name = $"{kind} {i.ToString("000", CultureInfo.InvariantCulture)}";
                yield return new Unit(code, UnitKind.Commune, name, null, province.Code, Effective2025);
            }
        }
    }

    /// <summary>"Thành phố Hà Nội" → "Hà Nội", "Tỉnh Hà Giang" → "Hà Giang".</summary>
    internal static string ShortName(string provinceName)
    {
        foreach (var prefix in new[] { "Thành phố ", "Tỉnh " })
        {
            if (provinceName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return provinceName[prefix.Length..];
            }
        }

        return provinceName;
    }
}
