namespace Sipas.Grains.Units;

/// <summary>One row of <c>Data/provinces-2019.csv</c>: a province before 1 July 2025 and the province it merged into.</summary>
public sealed record Province2019(string Code, string Name, string PlaceType, string MergedIntoCode, string MergedIntoName)
{
    /// <summary>True when the province hosts its 2025 successor (keeps its code).</summary>
    public bool IsHost => string.Equals(Code, MergedIntoCode, StringComparison.Ordinal);
}
