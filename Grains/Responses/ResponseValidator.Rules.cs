using System.Globalization;
using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Responses;

public sealed partial class ResponseValidator
{
    private void CheckUnit(string code, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add(new("unit", "missing: give the code of the unit that served (e.g. 01001 or 01.TTHCC)"));
            return;
        }

        if (!units.TryGet(code, out var unit))
        {
            problems.Add(new("unit", $"unknown unit code '{code}'"));
        }
        else if (!unit.IsActive)
        {
            problems.Add(new("unit", $"unit '{code}' was merged into '{unit.MergedInto}' on {unit.EffectiveTo:yyyy-MM-dd}; submit to the unit that serves today"));
        }
        else if (!unit.TakesResponses)
        {
            problems.Add(new("unit", $"'{code}' ({unit.Name}) is a {unit.Kind.Id}, which does not take responses; submit to a commune, agency or service point under it"));
        }
    }

    private Questionnaire? CheckQuestionnaire(string reference, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            problems.Add(new("questionnaire", $"missing: give one of {string.Join(", ", questionnaires.Ids)}"));
            return null;
        }

        if (questionnaires.TryGet(reference, out var questionnaire))
        {
            return questionnaire;
        }

        problems.Add(new("questionnaire", $"unknown questionnaire '{reference}' (known: {string.Join(", ", questionnaires.Ids)})"));
        return null;
    }

    private static void CheckAnswer(Questionnaire questionnaire, string criterion, int level, List<ValidationProblem> problems)
    {
        if (!questionnaire.Accepts(criterion))
        {
            problems.Add(new(
                $"answers.{criterion}",
                $"unknown criterion for questionnaire {questionnaire.Id} (valid: {questionnaire.DescribeAnswerIds()})"));
        }
        else if (!questionnaire.Scale.Contains(level))
        {
            problems.Add(new($"answers.{criterion}", OutsideScale(level, questionnaire)));
        }
    }

    private void CheckChannel(string channel, List<ValidationProblem> problems)
    {
        if (!ResponseChannels.IsKnown(channel))
        {
            problems.Add(new("channel", $"unknown channel '{channel}' (valid: {string.Join(", ", ResponseChannels.All)})"));
        }
    }

    private void CheckServedAt(DateTimeOffset servedAt, List<ValidationProblem> problems)
    {
        var now = clock.GetUtcNow();
        if (servedAt > now + _options.MaxClockSkew)
        {
            problems.Add(new(
                "servedAt",
                $"{servedAt:O} is in the future (now {now:O}, allowed skew {_options.MaxClockSkew.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min); check the device clock"));
        }
        else if (servedAt < now - _options.Retention)
        {
            problems.Add(new(
                "servedAt",
                $"{servedAt:O} is older than the retention of {_options.Retention.TotalDays.ToString(CultureInfo.InvariantCulture)} days; such responses cannot be counted"));
        }
    }

    private void CheckCode(string? code, string field, List<ValidationProblem> problems)
    {
        if (code is not null && code.Length > _options.MaxCodeLength)
        {
            problems.Add(new(
                field,
                $"{code.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; the limit is {_options.MaxCodeLength.ToString("N0", CultureInfo.InvariantCulture)}"));
        }
    }

    private void CheckComment(string? comment, List<ValidationProblem> problems)
    {
        if (comment is not null && comment.Length > _options.MaxCommentLength)
        {
            problems.Add(new(
                "comment",
                $"{comment.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; the limit is {_options.MaxCommentLength.ToString("N0", CultureInfo.InvariantCulture)}"));
        }
    }
}
