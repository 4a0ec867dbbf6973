namespace Sipas.Grains.Units;

/// <summary>One row of <c>Data/provinces-2025.csv</c>: a province-level unit since 1 July 2025.</summary>
public sealed record Province2025(
    string Code,
    string Name,
    string PlaceType,
    string Abbreviation,
    int Xa,
    int Phuong,
    int DacKhu,
    IReadOnlyList<string> PredecessorCodes)
{
    public int CommuneLevelUnits => Xa + Phuong + DacKhu;
}
