using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;

namespace Sipas.Grains.Aggregates;

/// <summary>
/// The mutable accumulator for the hot path (not thread-safe; a grain owns one). Same layout as <see cref="Tally"/>;
/// <see cref="ToTally"/> takes an immutable snapshot.
/// </summary>
public sealed class TallyBuilder
{
    // The question list of a questionnaire's tallies, made once per questionnaire (every query makes a tally).
    private static readonly ConditionalWeakTable<Questionnaire, object> QuestionLists = [];
    private readonly long[] _counts;

    public TallyBuilder(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        Questionnaire = questionnaire;
        _counts = new long[CellCount(questionnaire)];
    }

    public Questionnaire Questionnaire { get; }

    public long Responses { get; private set; }

    /// <summary>Adds one validated response (answer ids unknown to the questionnaire are rejected).</summary>
    public TallyBuilder Add(SurveyResponse response)
    {
        foreach (var cell in Cells(Questionnaire, response))
        {
            _counts[cell]++;
        }

        Responses++;
        return this;
    }

    public TallyBuilder Add(Tally tally) => Combine(tally, +1);

    public TallyBuilder Subtract(Tally tally) => Combine(tally, -1);

    public Tally ToTally() =>
        new(Questionnaire.Id, Questions(Questionnaire), Questionnaire.Scale.Min, Questionnaire.Scale.LevelCount, Responses, [.. _counts]);

    /// <summary>Rows (answer ids + overall) × levels.</summary>
    internal static int CellCount(Questionnaire questionnaire) =>
        (questionnaire.AnswerIds.Length + 1) * questionnaire.Scale.LevelCount;

    /// <summary>The count cells one response increments (one per answer, plus the overall question if answered).</summary>
    internal static int[] Cells(Questionnaire questionnaire, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!string.Equals(response.Questionnaire, questionnaire.Id, StringComparison.Ordinal)
            && !string.Equals(response.Questionnaire, questionnaire.Key, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Response {response.Id} answers {response.Questionnaire}, not {questionnaire.Key}.", nameof(response));
        }

        var scale = questionnaire.Scale;
        var cells = new int[response.Answers.Count + (response.Overall is null ? 0 : 1)];
        var i = 0;
        foreach (var (id, level) in response.Answers)
        {
            var row = questionnaire.IndexOf(id);
            if (row < 0 || !scale.Contains(level))
            {
                throw new ArgumentException($"Response {response.Id}: answer {id}={level} does not fit {questionnaire.Key}; validate first.", nameof(response));
            }

            cells[i++] = (row * scale.LevelCount) + level - scale.Min;
        }

        if (response.Overall is { } overall)
        {
            if (!scale.Contains(overall))
            {
                throw new ArgumentException($"Response {response.Id}: overall={overall} is outside {scale.Describe()}.", nameof(response));
            }

            cells[i] = (questionnaire.AnswerIds.Length * scale.LevelCount) + overall - scale.Min;
        }

        return cells;
    }

    /// <summary>The answer ids of the questionnaire's tallies: its <c>AnswerIds</c>, then the overall question's id.</summary>
    internal static ImmutableArray<string> Questions(Questionnaire questionnaire) =>
        (ImmutableArray<string>)QuestionLists.GetValue(
            questionnaire, q => q.AnswerIds.Add(q.Overall.Id));

    internal void AddCounts(long[] counts, long responses)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += counts[i];
        }

        Responses += responses;
    }

    private TallyBuilder Combine(Tally tally, int sign)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var result = ToTally();
        result = sign > 0 ? result.Add(tally) : result.Subtract(tally);
        result.Counts.CopyTo(_counts);
        Responses = result.Responses;
        return this;
    }
}
