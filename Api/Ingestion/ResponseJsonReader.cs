using System.Globalization;
using System.Text.Json;
using Sipas.Grains.Responses;

namespace Sipas.Api.Ingestion;

/// <summary>
/// Turns the JSON of one response object into a <see cref="ParsedItem"/>. It is lenient by design: a field of the
/// wrong type becomes a per-item problem (the item is rejected, its neighbours go on) instead of failing the batch.
/// </summary>
public static class ResponseJsonReader
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "id", "unit", "questionnaire", "servedAt", "channel", "answers", "overall", "procedure", "dossier", "comment",
    };

    public static ParsedItem Read(JsonElement item)
    {
        var problems = new List<ValidationProblem>();
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("", $"expected a JSON object for a response, found {Describe(item.ValueKind)}"));
            return new ParsedItem(null, new ResponseInput(null, null, null, null, null, null), problems);
        }

        foreach (var property in item.EnumerateObject())
        {
            if (!KnownFields.Contains(property.Name))
            {
                problems.Add(new(property.Name, $"unknown field; the fields are {string.Join(", ", KnownFields)}"));
            }
        }

        var id = Text(item, "id", problems);
        var input = new ResponseInput(
            id,
            Text(item, "unit", problems),
            Text(item, "questionnaire", problems),
            Timestamp(item, problems),
            Text(item, "channel", problems),
            Answers(item, problems),
            Integer(item, "overall", problems),
            Text(item, "procedure", problems),
            Text(item, "dossier", problems),
            Text(item, "comment", problems));
        return new ParsedItem(id, input, problems);
    }

    private static string? Text(JsonElement item, string name, List<ValidationProblem> problems)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add(new(name, $"expected a string, found {Describe(value.ValueKind)}"));
        return null;
    }

    private static int? Integer(JsonElement item, string name, List<ValidationProblem> problems)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add(new(name, $"expected a whole number on the questionnaire's scale, found {value.GetRawText()}"));
        return null;
    }

    private static DateTimeOffset? Timestamp(JsonElement item, List<ValidationProblem> problems)
    {
        var text = Text(item, "servedAt", problems);
        if (text is null)
        {
            return null;
        }

        // An offset is required: a bare local time is ambiguous for a service that happened in Vietnam (UTC+7).
        var hasOffset = text.EndsWith('Z') || text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':';
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        problems.Add(new("servedAt", $"'{text}' is not an ISO 8601 timestamp with offset, e.g. 2025-07-01T09:30:00+07:00"));
        return null;
    }

    private static List<AnswerInput>? Answers(JsonElement item, List<ValidationProblem> problems)
    {
        if (!item.TryGetProperty("answers", out var answers) || answers.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (answers.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("answers", $"expected an object of criterion id → answer level, found {Describe(answers.ValueKind)}"));
            return null;
        }

        var list = new List<AnswerInput>();
        foreach (var answer in answers.EnumerateObject())
        {
            if (answer.Value.ValueKind == JsonValueKind.Number && answer.Value.TryGetInt32(out var level))
            {
                list.Add(new AnswerInput(answer.Name, level));
            }
            else
            {
                problems.Add(new($"answers.{answer.Name}", $"expected a whole number on the questionnaire's scale, found {answer.Value.GetRawText()}"));
            }
        }

        return list;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
