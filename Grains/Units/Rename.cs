namespace Sipas.Grains.Units;

/// <summary><paramref name="Unit"/> is called <paramref name="NewName"/> from <paramref name="Effective"/>.</summary>
public sealed record Rename(string Unit, string NewName, DateOnly Effective, string? NewNameEn = null)
    : Reorganisation(Effective);
