using Microsoft.Extensions.Options;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.Runtime;

namespace Sipas.Dashboard.Hub;

/// <summary>Reads units' headline figures from their grains: one concurrent round of score reads.</summary>
public sealed class FiguresReader(IGrainFactory grains, UnitDirectory directory, IOptions<LiveOptions> options)
{
    /// <summary>The codes a group of <paramref name="scope"/> shows: the scope unit and its current children.</summary>
    public IReadOnlyList<string> UnitsOf(string scope)
    {
        var tree = directory.Tree;
        return tree.Find(scope) is null ? [] : [scope, .. tree.Children(scope).Select(c => c.Code)];
    }

    /// <summary>
    /// The figures of <paramref name="codes"/> over <paramref name="window"/> in the default questionnaire, in the
    /// order given; codes no longer in the tree are left out.
    /// </summary>
    public async Task<IReadOnlyList<UnitFigures>> ReadAsync(IEnumerable<string> codes, WindowSpec window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var tree = directory.Tree;
        var live = options.Value;
        var units = codes.Select(tree.Find).OfType<Unit>().ToList();
        var scores = await Task.WhenAll(units.Select(u => grains.GetGrain<IUnitGrain>(u.Code).GetScore(window, live.DefaultQuestionnaire)))
            .WaitAsync(cancellationToken);
        return [.. units.Select((u, i) => UnitFigures.From(u, scores[i], live.MinimumSample))];
    }
}
