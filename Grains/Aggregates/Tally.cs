using System.Collections.Immutable;
using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Aggregates;

/// <summary>
/// The immutable, wire-ready count of answers per question per level for one questionnaire, plus the number of
/// responses. Self-describing (question ids and levels travel with it). Pooling is exact: <see cref="Add"/> and
/// <see cref="Subtract"/> are integer sums. The hot path accumulates in a <see cref="TallyBuilder"/> instead.
/// </summary>
public sealed record Tally
{
    public Tally(string questionnaire, ImmutableArray<string> questions, int minLevel, int levelCount, long responses, ImmutableArray<long> counts)
    {
        if (counts.Length != questions.Length * levelCount)
        {
            throw new ArgumentException($"Expected {questions.Length} × {levelCount} counts, got {counts.Length}.", nameof(counts));
        }

        Questionnaire = questionnaire;
        Questions = questions;
        MinLevel = minLevel;
        LevelCount = levelCount;
        Responses = responses;
        Counts = counts;
    }

    /// <summary>The questionnaire id (<c>sipas-2017</c>).</summary>
    public string Questionnaire { get; }

    /// <summary>Answer ids in count order: the questionnaire's <c>AnswerIds</c>, then its overall question id last.</summary>
    public ImmutableArray<string> Questions { get; }

    /// <summary>The scale's lowest level (1 for likert5, 0 for binary).</summary>
    public int MinLevel { get; }

    public int LevelCount { get; }

    public long Responses { get; }

    /// <summary>Row-major: <c>Counts[question × LevelCount + (level − MinLevel)]</c>.</summary>
    public ImmutableArray<long> Counts { get; }

    /// <summary>The overall question's id (last in <see cref="Questions"/>).</summary>
    public string OverallId => Questions[^1];

    public static Tally Empty(Questionnaire questionnaire) => new TallyBuilder(questionnaire).ToTally();

    /// <summary>How many answered <paramref name="question"/> with <paramref name="level"/> (0 if unknown).</summary>
    public long Count(string question, int level)
    {
        var row = Questions.IndexOf(question);
        var column = level - MinLevel;
        return row < 0 || column < 0 || column >= LevelCount ? 0 : Counts[(row * LevelCount) + column];
    }

    /// <summary>The answer distribution of one question, indexed by level − <see cref="MinLevel"/>.</summary>
    public ReadOnlySpan<long> Distribution(string question)
    {
        var row = Questions.IndexOf(question);
        return row < 0 ? [] : Counts.AsSpan(row * LevelCount, LevelCount);
    }

    public Tally Add(Tally other) => Combine(other, +1);

    /// <summary>Removes <paramref name="other"/>'s counts; throws if any count would go negative.</summary>
    public Tally Subtract(Tally other) => Combine(other, -1);

    public bool Equals(Tally? other) =>
        other is not null
        && string.Equals(Questionnaire, other.Questionnaire, StringComparison.Ordinal)
        && MinLevel == other.MinLevel
        && LevelCount == other.LevelCount
        && Responses == other.Responses
        && Questions.SequenceEqual(other.Questions, StringComparer.Ordinal)
        && Counts.SequenceEqual(other.Counts);

    public override int GetHashCode() => HashCode.Combine(Questionnaire, Responses, Counts.Length, Counts.IsEmpty ? 0 : Counts.Sum());

    private Tally Combine(Tally other, int sign)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(Questionnaire, other.Questionnaire, StringComparison.Ordinal)
            || LevelCount != other.LevelCount || !Questions.SequenceEqual(other.Questions, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Cannot combine a {other.Questionnaire} tally with a {Questionnaire} tally.", nameof(other));
        }

        var counts = new long[Counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Checked(Counts[i] + (sign * other.Counts[i]));
        }

        return new Tally(Questionnaire, Questions, MinLevel, LevelCount, Checked(Responses + (sign * other.Responses)), [.. counts]);
    }

    private static long Checked(long value) =>
        value >= 0 ? value : throw new InvalidOperationException("Subtracting more than was added: a count would go negative.");
}
