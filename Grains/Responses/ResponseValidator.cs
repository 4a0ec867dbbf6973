using System.Globalization;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Units;

namespace Sipas.Grains.Responses;

/// <summary>
/// Checks a response against the unit tree, the questionnaire catalog and the clock, and reports EVERY problem
/// (never just the first) with the field it concerns and a message that says how to fix it.
/// </summary>
public sealed partial class ResponseValidator(
    UnitTree units,
    QuestionnaireCatalog questionnaires,
    TimeProvider clock,
    ResponseValidationOptions? options = null)
{
    private readonly ResponseValidationOptions _options = options ?? ResponseValidationOptions.Default;

    // Hints for missing fields, made once: this runs for every item of every batch.
    private readonly string _questionnaireHint = $"one of {string.Join(", ", questionnaires.Ids)}";
    private readonly string _channelHint = $"one of {string.Join(", ", ResponseChannels.All)}";

    /// <summary>Validates an already-typed response. An empty list means it may be accepted.</summary>
    public IReadOnlyList<ValidationProblem> Validate(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var problems = new List<ValidationProblem>();
        if (response.Id == Guid.Empty)
        {
            problems.Add(new("id", "must be a non-empty UUID (the client-made idempotency key)"));
        }

        CheckUnit(response.Unit, problems);
        CheckChannel(response.Channel, problems);
        CheckServedAt(response.ServedAt, problems);
        CheckComment(response.Comment, problems);
        CheckCode(response.Procedure, "procedure", problems);
        CheckCode(response.Dossier, "dossier", problems);
        var questionnaire = CheckQuestionnaire(response.Questionnaire, problems);
        if (response.Answers is null || response.Answers.Count == 0)
        {
            problems.Add(new("answers", "no answers: give at least one criterion answer"));
        }
        else if (questionnaire is not null)
        {
            foreach (var (criterion, level) in response.Answers)
            {
                CheckAnswer(questionnaire, criterion, level, problems);
            }
        }

        if (questionnaire is not null && response.Overall is { } overall && !questionnaire.Scale.Contains(overall))
        {
            problems.Add(new("overall", OutsideScale(overall, questionnaire)));
        }

        return problems;
    }

    /// <summary>
    /// Validates a response in its raw wire form (text id, answer list); when there is no problem,
    /// <paramref name="response"/> is the typed response with its comment already scrubbed (<see cref="CommentScrubber"/>).
    /// </summary>
    public IReadOnlyList<ValidationProblem> Validate(ResponseInput input, out SurveyResponse? response)
    {
        ArgumentNullException.ThrowIfNull(input);
        response = null;
        var problems = new List<ValidationProblem>();
        var id = ParseId(input.Id, problems);
        RequireText(input.Unit, "unit", "the code of the unit that served (e.g. 01001 or 01.TTHCC)", problems);
        RequireText(input.Questionnaire, "questionnaire", _questionnaireHint, problems);
        RequireText(input.Channel, "channel", _channelHint, problems);
        if (input.ServedAt is null)
        {
            problems.Add(new("servedAt", "missing: give the time of the service as an ISO 8601 timestamp with offset"));
        }

        var answers = new Dictionary<string, int>(input.Answers?.Count ?? 0, StringComparer.Ordinal);
        Dictionary<string, int>? repeats = null;
        foreach (var answer in input.Answers ?? [])
        {
            // The first answer counts; repeats are reported, once per criterion, in order of first repeat.
            if (!answers.TryAdd(answer.Criterion, answer.Level))
            {
                repeats ??= new(StringComparer.Ordinal);
                repeats[answer.Criterion] = repeats.GetValueOrDefault(answer.Criterion, 1) + 1;
            }
        }

        foreach (var (criterion, count) in repeats ?? [])
        {
            problems.Add(new($"answers.{criterion}", $"answered {count} times; give each criterion once"));
        }

        var typed = new SurveyResponse(
            id, input.Unit ?? "", input.Questionnaire ?? "", input.ServedAt ?? clock.GetUtcNow(), input.Channel ?? "",
            answers, input.Overall, input.Procedure, input.Dossier, input.Comment);
        if (problems.Count == 0)
        {
            problems.AddRange(Validate(typed));
        }
        else
        {
            var fieldsPresent = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(Validate(typed).Where(p => !fieldsPresent.Contains(p.Field)));
        }
        if (problems.Count == 0)
        {
            response = typed with { Comment = CommentScrubber.Scrub(typed.Comment) };
        }

        return problems;
    }

    private static Guid ParseId(string? id, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new("id", "missing: give a client-made UUID (the idempotency key)"));
            return Guid.Empty;
        }

        if (!Guid.TryParse(id, out var parsed))
        {
            problems.Add(new("id", $"'{id}' is not a UUID; give one like 3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162"));
        }

        return parsed;
    }

    private static void RequireText(string? value, string field, string hint, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"missing: give {hint}"));
        }
    }

    private static string OutsideScale(int level, Questionnaire questionnaire) =>
        $"{level.ToString(CultureInfo.InvariantCulture)} is outside the scale {questionnaire.Scale.Describe()}";
}
