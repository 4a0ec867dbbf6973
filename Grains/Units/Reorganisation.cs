namespace Sipas.Grains.Units;

/// <summary>
/// One step of an administrative reorganisation, as data: <see cref="Merge"/>, <see cref="Move"/> or
/// <see cref="Rename"/>. <see cref="UnitTree.Apply(Reorganisation)"/> turns it into a new tree.
/// </summary>
public abstract record Reorganisation(DateOnly Effective);
