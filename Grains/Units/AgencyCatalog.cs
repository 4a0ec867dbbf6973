namespace Sipas.Grains.Units;

/// <summary>
/// The agencies every province carries in the generated trees: the public-administration service centre, the
/// departments (sở) and the central branches that receive dossiers locally. 2025 reflects the July 2025 department
/// mergers (Finance absorbed Planning &amp; Investment, Agriculture &amp; Environment, Home Affairs absorbed Labour,
/// Construction absorbed Transport, Science &amp; Technology absorbed Information &amp; Communications).
/// </summary>
public static class AgencyCatalog
{
    /// <summary>Code suffix of the public-administration service centre, which holds the service points.</summary>
    public const string ServiceCentre = "TTHCC";

    private static readonly AgencyTemplate[] Common =
    [
        new(ServiceCentre, "Trung tâm Phục vụ hành chính công", "Public Administration Service Centre"),
        new("VP", "Văn phòng Ủy ban nhân dân", "Office of the People's Committee"),
        new("STP", "Sở Tư pháp", "Department of Justice"),
        new("STC", "Sở Tài chính", "Department of Finance"),
        new("SXD", "Sở Xây dựng", "Department of Construction"),
        new("SNV", "Sở Nội vụ", "Department of Home Affairs"),
        new("SYT", "Sở Y tế", "Department of Health"),
        new("SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training"),
        new("SCT", "Sở Công Thương", "Department of Industry and Trade"),
        new("SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology"),
        new("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"),
        new("TTRA", "Thanh tra tỉnh", "Provincial Inspectorate"),
        new("BQLKCN", "Ban Quản lý các khu công nghiệp", "Industrial Zones Authority"),
        new("CA", "Công an tỉnh", "Provincial Police"),
        new("THUE", "Thuế tỉnh", "Provincial Tax Office"),
        new("BHXH", "Bảo hiểm xã hội tỉnh", "Social Insurance Office"),
        new("KBNN", "Kho bạc Nhà nước", "State Treasury"),
        new("VPDKDD", "Văn phòng Đăng ký đất đai", "Land Registration Office"),
        new("NHNN", "Ngân hàng Nhà nước chi nhánh", "State Bank branch"),
        new("TK", "Thống kê tỉnh", "Provincial Statistics Office"),
        new("THADS", "Thi hành án dân sự tỉnh", "Civil Judgment Enforcement Office"),
        new("TTDVVL", "Trung tâm Dịch vụ việc làm", "Employment Service Centre"),
        new("QLTT", "Quản lý thị trường tỉnh", "Market Surveillance Office"),
    ];

    /// <summary>The agencies of a province after 1 July 2025 (26).</summary>
    public static IReadOnlyList<AgencyTemplate> Agencies2025 { get; } =
    [
        .. Common,
        new("SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment"),
        new("SDTTG", "Sở Dân tộc và Tôn giáo", "Department of Ethnic Minorities and Religion"),
        new("BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "Provincial Military Command"),
    ];

    /// <summary>The agencies of a province before 1 July 2025 (29).</summary>
    public static IReadOnlyList<AgencyTemplate> Agencies2019 { get; } =
    [
        .. Common,
        new("SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"),
        new("STNMT", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment"),
        new("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development"),
        new("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"),
        new("SGTVT", "Sở Giao thông vận tải", "Department of Transport"),
        new("STTTT", "Sở Thông tin và Truyền thông", "Department of Information and Communications"),
    ];

    /// <summary>How many service points (counters, kiosks) the service centre of a province holds: 1–3, fixed per code.</summary>
    public static int ServicePointCount(string provinceCode) =>
        1 + (int.Parse(provinceCode, System.Globalization.CultureInfo.InvariantCulture) % 3);
}
