using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sipas.Grains.Questionnaires;

/// <summary>
/// A versioned questionnaire loaded from <c>Grains/Data/questionnaires/*.json</c>. Answers are keyed by question id:
/// every criterion and every factor question is answerable; the overall question travels separately
/// (<c>SurveyResponse.Overall</c>). <see cref="AnswerIds"/> fixes the order aggregates use.
/// </summary>
public sealed class Questionnaire
{
    private readonly FrozenDictionary<string, int> _slots;
    private readonly FrozenDictionary<string, Factor> _factorOfQuestion;

    public Questionnaire(
        string id,
        int version,
        string titleVi,
        string titleEn,
        string source,
        Scale scale,
        FactorIndexMethod factorIndex,
        IReadOnlyList<Factor> factors,
        Question overall)
    {
        Id = id;
        Version = version;
        TitleVi = titleVi;
        TitleEn = titleEn;
        Source = source;
        Scale = scale;
        FactorIndex = factorIndex;
        Factors = factors;
        Overall = overall;
        Criteria = [.. factors.SelectMany(f => f.Criteria)];
        AnswerIds = [.. Criteria.Select(c => c.Id), .. factors.Where(f => f.Question is not null).Select(f => f.Question!.Id)];
        _slots = AnswerIds.Select((a, i) => (a, i)).ToFrozenDictionary(p => p.a, p => p.i, StringComparer.Ordinal);
        _factorOfQuestion = factors
            .SelectMany(f => f.Criteria.Append(f.Question).OfType<Question>().Select(q => (q.Id, f)))
            .ToFrozenDictionary(p => p.Id, p => p.f, StringComparer.Ordinal);
        Validate();
    }

    public string Id { get; }

    public int Version { get; }

    /// <summary><c>id@version</c>, e.g. <c>sipas-2017@1</c>.</summary>
    public string Key => $"{Id}@{Version}";

    public string TitleVi { get; }

    public string TitleEn { get; }

    /// <summary>The legal source (decision number and date).</summary>
    public string Source { get; }

    public Scale Scale { get; }

    public FactorIndexMethod FactorIndex { get; }

    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>The overall question about the whole service.</summary>
    public Question Overall { get; }

    /// <summary>Every criterion, factor by factor.</summary>
    public ImmutableArray<Question> Criteria { get; }

    /// <summary>Every id an answer may use: the criteria in order, then the factor questions.</summary>
    public ImmutableArray<string> AnswerIds { get; }

    /// <summary>Position of an answer id in <see cref="AnswerIds"/>, or -1.</summary>
    public int IndexOf(string answerId) => _slots.GetValueOrDefault(answerId, -1);

    public bool Accepts(string answerId) => _slots.ContainsKey(answerId);

    /// <summary>The factor a criterion or factor question belongs to.</summary>
    public Factor? FactorOf(string answerId) => _factorOfQuestion.GetValueOrDefault(answerId);

    /// <summary>"TC1..TC4, TT1..TT5, …": the valid ids, compressed per factor, for error messages.</summary>
    public string DescribeAnswerIds()
    {
        var parts = Factors.Select(f => f.Criteria.Count == 1 ? f.Criteria[0].Id : $"{f.Criteria[0].Id}..{f.Criteria[^1].Id}")
            .Concat(Factors.Where(f => f.Question is not null).Select(f => f.Question!.Id));
        return string.Join(", ", parts);
    }

    public override string ToString() => Key;

    private void Validate()
    {
        if (_slots.Count != AnswerIds.Length || _slots.ContainsKey(Overall.Id))
        {
            throw new InvalidDataException($"Questionnaire {Key}: question ids must be unique.");
        }

        if (FactorIndex == FactorIndexMethod.FactorQuestion && Factors.Any(f => f.Question is null))
        {
            throw new InvalidDataException($"Questionnaire {Key}: factor-question index needs a question on every factor.");
        }
    }
}
