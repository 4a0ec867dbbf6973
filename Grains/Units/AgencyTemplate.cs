namespace Sipas.Grains.Units;

/// <summary>A provincial agency type: its code suffix (<c>STP</c> → <c>01.STP</c>) and names without the province.</summary>
public sealed record AgencyTemplate(string Suffix, string Name, string NameEn);
