namespace Sipas.Grains.Units;

/// <summary>
/// The kind of an administrative unit. Kinds are data, not subclasses: a unit is a <see cref="Unit"/> whatever its
/// kind, and the kind only says where it sits and whether citizens rate it directly.
/// </summary>
/// <param name="Id">Stable lowercase id used on the wire (<c>nation</c>, <c>province</c>, …).</param>
/// <param name="TakesResponses">True for service-delivering units (communes, agencies, service points).</param>
public sealed record UnitKind(string Id, bool TakesResponses)
{
    public static readonly UnitKind Nation = new("nation", false);
    public static readonly UnitKind Province = new("province", false);
    public static readonly UnitKind District = new("district", false);
    public static readonly UnitKind Commune = new("commune", true);
    public static readonly UnitKind Agency = new("agency", true);
    public static readonly UnitKind ServicePoint = new("service-point", true);

    public static IReadOnlyList<UnitKind> All { get; } = [Nation, Province, District, Commune, Agency, ServicePoint];

    public static bool TryParse(string? id, out UnitKind kind)
    {
        kind = All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal))!;
        return kind is not null;
    }

    public override string ToString() => Id;
}
