namespace Sipas.Grains.Units;

/// <summary>Builds reorganisation plans as data.</summary>
public static class ReorganisationPlan
{
    /// <summary>
    /// The official 1 July 2025 plan derived from <c>provinces-2019.csv</c>: every agency of a province whose
    /// <c>merged_into_code_2025</c> differs from its own code moves under the host (keeping its code, which stays
    /// unique because the old province code is retired, never reused), then the province merges into the host;
    /// finally each host takes its 2025 name where it changed.
    /// </summary>
    public static IReadOnlyList<Reorganisation> Vietnam2025(UnitTree before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var effective = UnitTreeLoader.Effective2025;
        var merged = ProvinceData.Provinces2019.Where(p => !p.IsHost).ToList();
        var plan = new List<Reorganisation>();
        foreach (var province in merged)
        {
            plan.AddRange(before.Children(province.Code).Select(c => new Move(c.Code, province.MergedIntoCode, effective)));
            plan.Add(new Merge(province.Code, province.MergedIntoCode, effective));
        }

        foreach (var province in ProvinceData.Provinces2025)
        {
            if (before.Find(province.Code) is { } host && !string.Equals(host.Name, province.Name, StringComparison.Ordinal))
            {
                plan.Add(new Rename(province.Code, province.Name, effective));
            }
        }

        return plan;
    }
}
