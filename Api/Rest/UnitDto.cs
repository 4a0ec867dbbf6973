using Sipas.Grains.Units;

namespace Sipas.Api.Rest;

/// <summary>A unit of the tree as REST clients see it.</summary>
public sealed record UnitDto(string Code, string Name, string? NameEn, string Kind, string? Parent, bool TakesResponses, int Children)
{
    public static UnitDto From(Unit unit, UnitTree tree) =>
        new(unit.Code, unit.Name, unit.NameEn, unit.Kind.Id, unit.ParentCode, unit.TakesResponses, tree.Children(unit.Code).Length);
}
