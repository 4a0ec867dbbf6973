using Sipas.Grains.Contracts;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>How logged responses reach the unit grains, live (the router, per commit) and in recovery (per chunk).</summary>
public static class UnitRouting
{
    /// <summary>
    /// Sends each unit its responses as one one-way <see cref="IUnitGrain.Record"/> message, in log order; a retired
    /// unit's responses (logged before its merger) go to its successor. Returns the units sent to.
    /// </summary>
    public static IReadOnlyCollection<string> SendToUnits(this IGrainFactory grains, UnitDirectory directory, IEnumerable<RecordedResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(responses);
        // A dictionary filled in order rather than LINQ's GroupBy: this runs for every commit.
        var byUnit = new Dictionary<string, List<RecordedResponse>>(StringComparer.Ordinal);
        foreach (var recorded in responses)
        {
            var unit = directory.Resolve(recorded.Response.Unit);
            if (!byUnit.TryGetValue(unit, out var list))
            {
                list = [];
                byUnit[unit] = list;
            }

            list.Add(recorded);
        }

        foreach (var (unit, list) in byUnit)
        {
            _ = grains.GetGrain<IUnitGrain>(unit).Record(list);
        }

        return byUnit.Keys;
    }
}
