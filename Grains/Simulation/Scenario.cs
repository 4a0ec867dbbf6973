using Sipas.Grains.Responses;
using Sipas.Grains.Units;

namespace Sipas.Grains.Simulation;

/// <summary>
/// Everything a simulated response stream is made of. Every property has a documented default
/// (<see cref="Default"/>); a JSON file may set any subset (<see cref="Parse"/>). Levels are shares of satisfied
/// answers (0..1); spreads are standard deviations in the same unit.
/// </summary>
public sealed partial record Scenario
{
    /// <summary>A name for reports. Default <c>default</c>.</summary>
    public string Name { get; init; } = "default";

    /// <summary>The questionnaire every response uses. Default <c>sipas-2017</c>.</summary>
    public string Questionnaire { get; init; } = "sipas-2017";

    /// <summary>The level of a province missing from <see cref="Provinces"/>. Default 0.8394 (SIPAS 2024).</summary>
    public double NationalSatisfaction { get; init; } = ProvinceLevels.National2024;

    /// <summary>Province code → level. Default <see cref="ProvinceLevels.Levels2025"/>.</summary>
    public IReadOnlyDictionary<string, double> Provinces { get; init; } = ProvinceLevels.Levels2025;

    /// <summary>Spread of a unit's level around its province's (drawn once per unit from the seed). Default 0.035.</summary>
    public double UnitSpread { get; init; } = 0.035;

    /// <summary>
    /// Factor id → offset of its criteria. Default: from the 2023 national factor indexes (access 83.00, procedures
    /// 83.02, civil servants 83.12, results 83.03, feedback 82.27) with the feedback gap widened to 1.5 points as
    /// provincial reports show it. Offsets are centred, so a unit's index stays at its level.
    /// </summary>
    public IReadOnlyDictionary<string, double> FactorOffsets { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["access"] = 0.003, ["procedures"] = 0.003, ["civil-servants"] = 0.005, ["results"] = 0.004, ["feedback"] = -0.015,
    };

    /// <summary>Spread of a criterion's offset within its factor (drawn once per criterion). Default 0.01.</summary>
    public double CriterionSpread { get; init; } = 0.01;

    /// <summary>Spread of a respondent's mood, shared by all their answers (latent scale). Default 0.8.</summary>
    public double MoodSpread { get; init; } = 0.8;

    /// <summary>Spread of the per-answer noise on top of the mood (latent scale). Default 0.6.</summary>
    public double AnswerNoise { get; init; } = 0.6;

    /// <summary>Unit kind → share of a province's responses. Default communes 0.5, service points 0.3, agencies 0.2.</summary>
    public IReadOnlyDictionary<string, double> KindShares { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [UnitKind.Commune.Id] = 0.5, [UnitKind.ServicePoint.Id] = 0.3, [UnitKind.Agency.Id] = 0.2,
    };

    /// <summary>
    /// Channel → share. Default kiosk/tablet 0.40, web (QR code) 0.22, portal 0.15, Zalo 0.12, paper 0.06, phone 0.05:
    /// tablets at the one-stop desk dominate, QR codes at the counter come next (DOMAIN.md, "How ratings are collected").
    /// </summary>
    public IReadOnlyDictionary<string, double> ChannelShares { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [ResponseChannels.Kiosk] = 0.40, [ResponseChannels.Web] = 0.22, [ResponseChannels.Portal] = 0.15,
        [ResponseChannels.Zalo] = 0.12, [ResponseChannels.Paper] = 0.06, [ResponseChannels.Phone] = 0.05,
    };

    /// <summary>Share of responses answering the overall question. Default 0.9.</summary>
    public double OverallShare { get; init; } = 0.9;

    /// <summary>Share of responses carrying a procedure code and a dossier number. Default 0.8.</summary>
    public double DossierShare { get; init; } = 0.8;

    /// <summary>Share of responses with a comment. Default 0.03.</summary>
    public double CommentShare { get; init; } = 0.03;

    /// <summary>Traffic over the week. Default <see cref="TrafficProfile.OfficeHours"/>.</summary>
    public TrafficProfile Traffic { get; init; } = TrafficProfile.OfficeHours;

    /// <summary>Scripted events, timed from the stream's origin. Default <see cref="DemoEvents"/>.</summary>
    public IReadOnlyList<ScriptedEvent> Events { get; init; } = DemoEvents;

    /// <summary>
    /// The demo script: Hà Nội's Department of Construction degrades to 60% between minutes 10 and 40 (holding
    /// there until minute 70); counter 01 of Hồ Chí Minh City's service centre gets 15 minutes of complaints from
    /// minute 20; a reorganisation marker at minute 45 (communes 01002 into 01001).
    /// </summary>
    public static IReadOnlyList<ScriptedEvent> DemoEvents { get; } =
    [
        new AgencyDegradation("01.SXD", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(60), 0.6, TimeSpan.FromMinutes(30)),
        new ComplaintBurst("79.TTHCC.Q01", TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(15)),
        new ReorganisationMarker(TimeSpan.FromMinutes(45), "merge-01002-into-01001", "Xã 002 (Hà Nội) merges into Xã 001", ["01002", "01001"]),
    ];

    /// <summary>The built-in scenario: every default above.</summary>
    public static Scenario Default { get; } = new();

    /// <summary>The level configured for a province (its entry, else <see cref="NationalSatisfaction"/>).</summary>
    public double ProvinceLevel(string provinceCode) => Provinces.GetValueOrDefault(provinceCode, NationalSatisfaction);
}
