using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;

namespace Sipas.Api.Ingestion;

/// <summary>
/// Turns the JSON of one response object into a <see cref="ParsedItem"/>. It is lenient by design: a field of the
/// wrong type becomes a per-item problem (the item is rejected, its neighbours go on) instead of failing the batch.
/// </summary>
public static class ResponseJsonReader
{
    // The fields in the order their problems are reported; the names for the "unknown field" hint.
    private const int Id = 0, Unit = 1, Questionnaire = 2, ServedAt = 3, Channel = 4, Answers = 5, Overall = 6,
        Procedure = 7, Dossier = 8, Comment = 9, FieldCount = 10;

    private const string KnownFields = "id, unit, questionnaire, servedAt, channel, answers, overall, procedure, dossier, comment";

    private const string InvalidText = "is not valid text: it holds an unpaired surrogate (an escaped \\uD800–\\uDFFF without its pair)";

    public static ParsedItem Read(JsonElement item)
    {
        var problems = new List<ValidationProblem>();
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("", $"expected a JSON object for a response, found {Describe(item.ValueKind)}"));
            return new ParsedItem(null, new ResponseInput(null, null, null, null, null, null), problems);
        }

        // One pass over the properties; names are compared as UTF-8, so only an unknown field's name becomes a string.
        var fields = default(Fields);
        foreach (var property in item.EnumerateObject())
        {
            if (!TryFieldOf(property, out var field))
            {
                problems.Add(new("", $"a field name {InvalidText}"));
            }
            else if (field < 0)
            {
                problems.Add(new(property.Name, $"unknown field; the fields are {KnownFields}"));
            }
            else if (fields[field].ValueKind != JsonValueKind.Undefined)
            {
                // Which of two values was meant is unknowable (parsers disagree: first or last wins): ask for one.
                problems.Add(new(property.Name, "given more than once; send each field once"));
            }
            else
            {
                fields[field] = property.Value;
            }
        }

        var id = Text(fields[Id], "id", problems);
        var input = new ResponseInput(
            id,
            Text(fields[Unit], "unit", problems),
            Text(fields[Questionnaire], "questionnaire", problems),
            Timestamp(fields[ServedAt], problems),
            Text(fields[Channel], "channel", problems),
            ReadAnswers(fields[Answers], problems),
            Integer(fields[Overall], "overall", problems),
            Text(fields[Procedure], "procedure", problems),
            Text(fields[Dossier], "dossier", problems),
            Text(fields[Comment], "comment", problems));
        return new ParsedItem(id, input, problems);
    }

    private static bool TryFieldOf(JsonProperty property, out int field)
    {
        try
        {
            field = FieldOf(property);
            return field >= 0 || TryName(property, out _);
        }
        catch (InvalidOperationException)
        {
            field = -1;
            return false;
        }
    }

    private static int FieldOf(JsonProperty property) =>
        property.NameEquals("id"u8) ? Id
        : property.NameEquals("unit"u8) ? Unit
        : property.NameEquals("questionnaire"u8) ? Questionnaire
        : property.NameEquals("servedAt"u8) ? ServedAt
        : property.NameEquals("channel"u8) ? Channel
        : property.NameEquals("answers"u8) ? Answers
        : property.NameEquals("overall"u8) ? Overall
        : property.NameEquals("procedure"u8) ? Procedure
        : property.NameEquals("dossier"u8) ? Dossier
        : property.NameEquals("comment"u8) ? Comment
        : -1;

    private static string? Text(JsonElement value, string name, List<ValidationProblem> problems)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            if (TryString(value, out var text))
            {
                return text;
            }

            problems.Add(new(name, InvalidText));
            return null;
        }

        problems.Add(new(name, $"expected a string, found {Describe(value.ValueKind)}"));
        return null;
    }

    private static int? Integer(JsonElement value, string name, List<ValidationProblem> problems)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
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

    private static DateTimeOffset? Timestamp(JsonElement value, List<ValidationProblem> problems)
    {
        var text = Text(value, "servedAt", problems);
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

    private static List<AnswerInput>? ReadAnswers(JsonElement answers, List<ValidationProblem> problems)
    {
        if (answers.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (answers.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("answers", $"expected an object of criterion id → answer level, found {Describe(answers.ValueKind)}"));
            return null;
        }

        var list = new List<AnswerInput>(answers.GetPropertyCount());
        foreach (var answer in answers.EnumerateObject())
        {
            if (!TryAnswerId(answer, out var id))
            {
                problems.Add(new("answers", $"a criterion id {InvalidText}"));
            }
            else if (answer.Value.ValueKind == JsonValueKind.Number && answer.Value.TryGetInt32(out var level))
            {
                list.Add(new AnswerInput(id, level));
            }
            else
            {
                problems.Add(new($"answers.{id}", $"expected a whole number on the questionnaire's scale, found {answer.Value.GetRawText()}"));
            }
        }

        return list;
    }

    // A response names some twenty answer ids, always from the same few dozen: the embedded questionnaires' ids are
    // found by their raw UTF-8 bytes instead of being read into a new string each time. Anything else (an unknown or
    // escaped id) is read as usual and left for the validator to judge.
    private static readonly FrozenDictionary<int, string> KnownAnswerIds = QuestionnaireCatalog.Embedded.All
        .SelectMany(q => q.AnswerIds)
        .Distinct(StringComparer.Ordinal)
        .Select(id => (Key: Pack(Encoding.UTF8.GetBytes(id)), Id: id))
        .Where(p => p.Key != 0)
        .ToFrozenDictionary(p => p.Key, p => p.Id);

    private static bool TryAnswerId(JsonProperty answer, out string id)
    {
        var key = Pack(JsonMarshal.GetRawUtf8PropertyName(answer));
        if (key != 0 && KnownAnswerIds.TryGetValue(key, out var known))
        {
            id = known;
            return true;
        }

        return TryName(answer, out id);
    }

    /// <summary>1 to 4 bytes of printable ASCII other than a backslash, packed into an int; 0 for anything else.</summary>
    private static int Pack(ReadOnlySpan<byte> raw)
    {
        if (raw.Length is 0 or > 4)
        {
            return 0;
        }

        var key = 0;
        foreach (var b in raw)
        {
            if (b is < 0x21 or > 0x7E or (byte)'\\')
            {
                return 0;
            }

            key = (key << 8) | b;
        }

        return key;
    }

    // An escaped lone surrogate (\uD800) is valid JSON but not text; System.Text.Json throws when it is read as a string.
    private static bool TryString(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool TryName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
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

    /// <summary>The value of each known field (default, i.e. <see cref="JsonValueKind.Undefined"/>, when absent).</summary>
    [InlineArray(FieldCount)]
    private struct Fields
    {
        private JsonElement _first;
    }
}
