namespace Sipas.Grains.Units;

/// <summary><paramref name="Unit"/> keeps its code and hangs under <paramref name="NewParent"/> from <paramref name="Effective"/>.</summary>
public sealed record Move(string Unit, string NewParent, DateOnly Effective) : Reorganisation(Effective);
