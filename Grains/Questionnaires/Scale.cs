using System.Collections.Immutable;

namespace Sipas.Grains.Questionnaires;

/// <summary>
/// An answer scale: its levels (consecutive integers), which of them count as satisfied and which as dissatisfied.
/// The three built-in scales are the ones in use: <see cref="Likert5"/>, <see cref="ThreePoint"/>, <see cref="Binary"/>.
/// </summary>
public sealed record Scale(string Id, ImmutableArray<ScaleLevel> Levels, ImmutableArray<int> Satisfied, ImmutableArray<int> Dissatisfied)
{
    /// <summary>1 Rất không hài lòng … 5 Rất hài lòng; satisfied = 4 or 5, dissatisfied = 1 or 2 (QĐ 2640, QĐ 1001).</summary>
    public static readonly Scale Likert5 = new(
        "likert5",
        [
            new(1, "Rất không hài lòng", "Very dissatisfied"),
            new(2, "Không hài lòng", "Dissatisfied"),
            new(3, "Bình thường", "Neutral"),
            new(4, "Hài lòng", "Satisfied"),
            new(5, "Rất hài lòng", "Very satisfied"),
        ],
        [4, 5],
        [1, 2]);

    /// <summary>1 không hài lòng, 2 bình thường, 3 hài lòng; satisfied = 3, dissatisfied = 1.</summary>
    public static readonly Scale ThreePoint = new(
        "three-point",
        [
            new(1, "Không hài lòng", "Dissatisfied"),
            new(2, "Bình thường", "Neutral"),
            new(3, "Hài lòng", "Satisfied"),
        ],
        [3],
        [1]);

    /// <summary>0 dislike, 1 like (the national portal's thumbs); satisfied = 1, dissatisfied = 0.</summary>
    public static readonly Scale Binary = new(
        "binary",
        [
            new(0, "Không thích", "Dislike"),
            new(1, "Thích", "Like"),
        ],
        [1],
        [0]);

    public static IReadOnlyList<Scale> All { get; } = [Likert5, ThreePoint, Binary];

    public int Min => Levels[0].Value;

    public int Max => Levels[^1].Value;

    public int LevelCount => Levels.Length;

    public bool Contains(int level) => level >= Min && level <= Max;

    public bool IsSatisfied(int level) => Satisfied.Contains(level);

    public bool IsDissatisfied(int level) => Dissatisfied.Contains(level);

    /// <summary>"likert5 (1..5)": used in validation messages.</summary>
    public string Describe() => $"{Id} ({Min}..{Max})";

    public static bool TryGet(string? id, out Scale scale)
    {
        scale = All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))!;
        return scale is not null;
    }
}
