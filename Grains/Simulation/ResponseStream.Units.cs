using Sipas.Grains.Units;

namespace Sipas.Grains.Simulation;

public sealed partial class ResponseStream
{
    private readonly Dictionary<string, double> _profiles;
    private readonly WeightedTable<Unit> _unitTable;

    /// <summary>The usual satisfaction level of a responding unit: its province's level plus the unit's own offset.</summary>
    public double UsualLevel(string unitCode) =>
        _profiles.TryGetValue(unitCode, out var level)
            ? level
            : throw new KeyNotFoundException($"'{unitCode}' is not a responding unit of the tree.");

    /// <summary>The expected share of the stream (outside scripted events) served by a province.</summary>
    public double TrafficShare(string provinceCode)
    {
        var share = 0.0;
        for (var i = 0; i < _unitTable.Count; i++)
        {
            if (Units.IsInSubtree(_unitTable[i].Code, provinceCode))
            {
                share += _unitTable.Probability(i);
            }
        }

        return share;
    }

    /// <summary>
    /// Province weight = its commune count (a proxy for population; 1 when the tree has no communes); within a
    /// province, the kind shares of the scenario (over the kinds present); within a kind, equal. Unit offsets are
    /// drawn from the seed and centred on the province's level by those weights.
    /// </summary>
    private (Dictionary<string, double>, WeightedTable<Unit>) BuildUnits()
    {
        var levels = new Dictionary<string, double>(StringComparer.Ordinal);
        var entries = new List<(Unit, double)>();
        foreach (var province in Units.Children(Units.Root.Code).Where(p => p.Kind == UnitKind.Province))
        {
            var responding = Units.Descendants(province.Code).Where(u => u.TakesResponses).ToList();
            var communes = responding.Count(u => u.Kind == UnitKind.Commune);
            var kinds = responding.GroupBy(u => u.Kind.Id, StringComparer.Ordinal)
                .Select(g => (Units: g.ToList(), Share: Scenario.KindShares.GetValueOrDefault(g.Key)))
                .Where(k => k.Share > 0)
                .ToList();
            var kindTotal = kinds.Sum(k => k.Share);
            var weighted = kinds
                .SelectMany(k => k.Units.Select(u => (Unit: u, Weight: Math.Max(communes, 1) * k.Share / kindTotal / k.Units.Count)))
                .OrderBy(u => u.Unit.Code, StringComparer.Ordinal)
                .ToList();
            var offsets = weighted.Select(_ => Gaussian.Sample(_random) * Scenario.UnitSpread).ToList();
            var weightTotal = weighted.Sum(w => w.Weight);
            var centre = weightTotal > 0 ? weighted.Select((w, i) => w.Weight * offsets[i]).Sum() / weightTotal : 0;
            for (var i = 0; i < weighted.Count; i++)
            {
                levels[weighted[i].Unit.Code] = Clamp(Scenario.ProvinceLevel(province.Code) + offsets[i] - centre);
                entries.Add(weighted[i]);
            }
        }

        return (levels, new WeightedTable<Unit>(entries));
    }

    private List<CompiledEvent> CompileEvents()
    {
        var compiled = new List<CompiledEvent>();
        foreach (var scripted in Scenario.Events)
        {
            var (code, share) = scripted switch
            {
                AgencyDegradation d => (d.Unit, d.Share),
                ComplaintBurst b => (b.Unit, b.Share),
                _ => (null, 0.0),
            };
            if (code is null)
            {
                continue;
            }

            if (Units.Find(code) is not { IsActive: true } unit)
            {
                throw new ArgumentException($"Scripted event {scripted.GetType().Name} names '{code}', which is not an active unit of the tree.");
            }

            var covered = Units.Descendants(code).Prepend(unit).Where(u => u.TakesResponses).ToList();
            if (covered.Count == 0)
            {
                throw new ArgumentException($"Scripted event {scripted.GetType().Name} names '{code}', under which no unit takes responses.");
            }

            var targets = unit.TakesResponses ? [unit] : covered;
            compiled.Add(new CompiledEvent(scripted, covered.Select(u => u.Code).ToHashSet(StringComparer.Ordinal), targets, share));
        }

        return compiled;
    }

    /// <summary>With the share of an active event, the unit that event steers this response to; otherwise null.</summary>
    private Unit? SteeredUnit(List<CompiledEvent> active)
    {
        if (active.Count == 0)
        {
            return null;
        }

        var roll = _random.NextDouble();
        foreach (var compiled in active)
        {
            if (roll < compiled.Share)
            {
                return compiled.Targets[_random.Next(compiled.Targets.Count)];
            }

            roll -= compiled.Share;
        }

        return null;
    }

    private double LevelAt(Unit unit, DateTimeOffset at, List<CompiledEvent> active)
    {
        var level = _profiles[unit.Code];
        foreach (var compiled in active)
        {
            if (compiled.Scripted is AgencyDegradation degradation && compiled.Covers(unit.Code))
            {
                level = degradation.LevelAt(Origin, at, level);
            }
        }

        return level;
    }

    private static double Clamp(double level) => Math.Clamp(level, 0.02, 0.995);
}
