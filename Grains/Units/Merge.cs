namespace Sipas.Grains.Units;

/// <summary>
/// <paramref name="From"/> ceases to exist on <paramref name="Effective"/> and is absorbed by <paramref name="Into"/>:
/// its remaining children move under <paramref name="Into"/>, and its code is retired (never reused).
/// </summary>
public sealed record Merge(string From, string Into, DateOnly Effective) : Reorganisation(Effective);
