namespace Sipas.Grains.Simulation;

/// <summary>
/// Default satisfaction levels (share of satisfied answers) of the 34 provinces of 2025, drawn around the published
/// SIPAS 2024 results (national 83.94%). Published 2024 figures are used where they exist; a merged province takes
/// roughly the commune-weighted mean of its predecessors; the rest are assumptions [U], which a scenario file
/// overrides. The plain mean of the 34 values is 83.94%, matching the national figure (the national value is most
/// likely the mean of the provincial ones, DOMAIN.md).
/// </summary>
public static class ProvinceLevels
{
    /// <summary>The published national SIPAS 2024: 83.94%.</summary>
    public const double National2024 = 0.8394;

    /// <summary>
    /// Province code (2025) → level. Notes: 31 Hải Phòng = Hải Phòng (1st in 2024) + Hải Dương (3rd); 19 Thái Nguyên =
    /// Thái Nguyên (2nd, ~90) + Bắc Kạn (78.17, 63rd), hence 85.5; 22 Quảng Ninh 4th; 79 Hồ Chí Minh City = Bình
    /// Dương 87.80 (7th) + Bà Rịa–Vũng Tàu (5th) + Hồ Chí Minh; 01 Hà Nội 86.5 (11th); 24 Bắc Ninh includes Bắc Giang
    /// (a top-4 province in 2020). The northern mountain provinces, Huế, Đắk Lắk and Lâm Đồng (with Bình Thuận) sit
    /// lower, following their rankings in earlier years; everything else is near the national value.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Levels2025 { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["01"] = 0.865, ["04"] = 0.800, ["08"] = 0.815, ["11"] = 0.805, ["12"] = 0.805, ["14"] = 0.810,
        ["15"] = 0.835, ["19"] = 0.855, ["20"] = 0.820, ["22"] = 0.900, ["24"] = 0.865, ["25"] = 0.845,
        ["31"] = 0.905, ["33"] = 0.850, ["37"] = 0.845, ["38"] = 0.840, ["40"] = 0.835, ["42"] = 0.840,
        ["44"] = 0.830, ["46"] = 0.820, ["48"] = 0.860, ["51"] = 0.825, ["52"] = 0.835, ["56"] = 0.840,
        ["66"] = 0.815, ["68"] = 0.815, ["75"] = 0.850, ["79"] = 0.875, ["80"] = 0.845, ["82"] = 0.850,
        ["86"] = 0.840, ["91"] = 0.835, ["92"] = 0.840, ["96"] = 0.830,
    };
}
