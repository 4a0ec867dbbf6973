using System.Globalization;
using Sipas.Grains.Units;

namespace Sipas.Grains.Contracts;

/// <summary>
/// A <see cref="Reorganisation"/> as stored data (the domain type is an abstract record): <see cref="Kind"/> is
/// <c>merge</c> (Unit → Target), <c>move</c> (Unit under Target) or <c>rename</c> (Unit called Target, English
/// name in <see cref="NameEn"/>).
/// </summary>
public sealed record ReorganisationRecord(string Kind, string Unit, string Target, DateOnly Effective, string? NameEn = null)
{
    public const string MergeKind = "merge";
    public const string MoveKind = "move";
    public const string RenameKind = "rename";

    public static ReorganisationRecord From(Reorganisation operation) => operation switch
    {
        Merge m => new(MergeKind, m.From, m.Into, m.Effective),
        Move m => new(MoveKind, m.Unit, m.NewParent, m.Effective),
        Rename r => new(RenameKind, r.Unit, r.NewName, r.Effective, r.NewNameEn),
        _ => throw new ArgumentException($"Unsupported reorganisation {operation?.GetType().Name}.", nameof(operation)),
    };

    public Reorganisation ToOperation() => Kind switch
    {
        MergeKind => new Merge(Unit, Target, Effective),
        MoveKind => new Move(Unit, Target, Effective),
        RenameKind => new Rename(Unit, Target, Effective, NameEn),
        _ => throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Unknown reorganisation kind '{Kind}'.")),
    };
}
