using Sipas.Grains.Contracts;

namespace Sipas.Dashboard.Hub;

/// <summary>
/// One unit's headline figures over a window, the same numbers as REST <c>/api/v1/units/{code}/score</c>:
/// <see cref="Sipas"/> is null without data; <see cref="Insufficient"/> when <see cref="N"/> is below the minimum
/// sample (the unit is not ranked). <see cref="UpdatedAt"/> is when the unit's grain last passed a change on (its
/// flush), for "as of" displays and for timing the path from a response to the screen.
/// </summary>
public sealed record UnitFigures(string Code, string Name, string Kind, long N, SipasFigure? Sipas, bool Insufficient, DateTimeOffset UpdatedAt)
{
    public static UnitFigures From(Grains.Units.Unit unit, UnitScore score, int minimumSample)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(score);
        var s = score.Scores;
        var sipas = s.Sipas.HasData ? new SipasFigure(s.Sipas.Value, s.Sipas.Low, s.Sipas.High) : null;
        return new UnitFigures(unit.Code, unit.Name, unit.Kind.Id, s.Responses, sipas, s.Responses < minimumSample || sipas is null, score.UpdatedAt);
    }
}
