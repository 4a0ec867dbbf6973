namespace Sipas.Grains.Units;

/// <summary>One administrative unit at one version of the tree. Immutable; a reorganisation makes a new record.</summary>
/// <param name="Code">Official code (<c>VN</c>, <c>01</c>, <c>01001</c>) or a stable generated one (<c>01.STP</c>).</param>
/// <param name="Kind">What the unit is.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="NameEn">English name where one makes sense (agencies, the nation); otherwise null.</param>
/// <param name="ParentCode">The parent's code; null only for the nation.</param>
/// <param name="EffectiveFrom">First day the unit exists in this form.</param>
/// <param name="EffectiveTo">First day it no longer exists (exclusive); null while it is current.</param>
/// <param name="MergedInto">For a retired unit, the code of the unit that absorbed it.</param>
public sealed record Unit(
    string Code,
    UnitKind Kind,
    string Name,
    string? NameEn,
    string? ParentCode,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo = null,
    string? MergedInto = null)
{
    /// <summary>Whether citizens rate this unit directly (communes, agencies, service points).</summary>
    public bool TakesResponses => Kind.TakesResponses;

    /// <summary>True while the unit has not been merged away.</summary>
    public bool IsActive => EffectiveTo is null;

    /// <summary>Whether the unit exists on <paramref name="day"/>.</summary>
    public bool IsEffectiveOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day < EffectiveTo);
}
