using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>Hostile bodies for <c>POST /api/v1/responses</c>.</summary>
internal sealed partial class HostileInputGenerator
{
    private static readonly string[] Fields = ["id", "unit", "questionnaire", "servedAt", "channel", "answers", "overall", "procedure", "dossier", "comment"];

    private static readonly string[] WrongValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "[]", "{}", "[1,2,3]", "{\"a\":1}", "\"\"", "\"   \"", "[[[[]]]]", "[null]",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e309", "-1e309", "99999999999999999999999999999999", "2147483648", "-2147483649", "1E+2", "5.0", "4e0", "0.000001",
        "-0", "9223372036854775808", "1" + new string('0', 400), "0." + new string('9', 400),
    ];

    private static readonly string[] NaNStrings =
    [
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e999\"", "\"5\"", "\"five\"", "\"0x5\"", "\"５\"", "\"4 \"", "\"\"",
    ];

    private static readonly string[] BadUuids =
    [
        "", " ", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f40516", "3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162-extra",
        "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "3f2b8c1e_6a4d_4e0b_9c7a_1d2e3f405162", "' OR '1'='1", "{3f2b8c1e-6a4d-4e0b-9c7a}", new string('f', 10_000),
        "3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f40516\u0000", "３f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162",
    ];

    private static readonly string[] BadDates =
    [
        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "+999999-01-01T00:00:00Z", "2025-02-30T10:00:00+07:00", "2025-13-01T10:00:00+07:00",
        "2025-07-01T25:00:00+07:00", "2025-07-01T10:00:00", "2025-07-01", "10:00", "yesterday", "2025-07-01T10:00:00+25:00", "1970-01-01T00:00:00Z",
        "2125-07-01T10:00:00+07:00", "2025-07-01T10:00:00+07:00:00", "", "-0001-01-01T00:00:00Z",
    ];

    private static readonly string[] BadUnits =
    [
        "", "VN", "01", "99", "00000", "01.XXX", "01001 ", " 01001", "01.ttHCC", "../01001", "01001\u0000", "'; --", "<b>01</b>", new string('9', 5_000),
        "01.TTHCC.Q99", "٠١٠٠١",
    ];

    private static readonly string[] BadCriteria = ["TC0", "TC99", "tc1", "", " ", "TC1 ", "__proto__", "constructor", "TC1\u0000", "🙂", "answers"];

    private IEnumerable<HostileHttpCase> ResponseCases()
    {
        for (var i = 0; i < 400; i++)
        {
            yield return Truncated();
        }

        for (var i = 0; i < 500; i++)
        {
            var item = ValidObject(out _);
            var field = Pick(Fields);
            var wrong = Pick(WrongValues);
            // A wrong value that is also an acceptable one (null or a string for an optional text field) stays out.
            var optional = field is "overall" or "procedure" or "dossier" or "comment";
            if ((optional && wrong == "null") || (field is "procedure" or "dossier" or "comment" && wrong.StartsWith('"')))
            {
                wrong = "[\"x\"]";
            }

            item[field] = JsonNode.Parse(wrong);
            yield return BadItem("responses.wrong-types", item.ToJsonString());
        }

        for (var i = 0; i < 300; i++)
        {
            var item = ValidObject(out _).ToJsonString();
            var number = Pick(HugeNumbers);
            var json = _random.Next(2) == 0
                ? item.Replace("\"answers\":{", $"\"answers\":{{\"TC4\":{number},", StringComparison.Ordinal)
                : item.Replace("\"questionnaire\"", $"\"overall\":{number},\"questionnaire\"", StringComparison.Ordinal);
            yield return BadItem("responses.huge-numbers", RemoveOverallTwice(json));
        }

        for (var i = 0; i < 200; i++)
        {
            var item = ValidObject(out _);
            item.Remove("overall");
            var json = item.ToJsonString();
            json = _random.Next(2) == 0
                ? json.Replace("\"answers\":{", $"\"answers\":{{\"TC4\":{Pick(NaNStrings)},", StringComparison.Ordinal)
                : json.Replace("{\"id\"", $"{{\"overall\":{Pick(NaNStrings)},\"id\"", StringComparison.Ordinal);
            var bare = item.ToJsonString().Replace("\"answers\":{", $"\"answers\":{{\"TC4\":{Pick(["NaN", "Infinity", "-Infinity", "undefined", "0x10", "+1", ".5", "01"])},", StringComparison.Ordinal);
            yield return i % 10 == 0 ? Post("responses.nan-strings", bare, 400) : BadItem("responses.nan-strings", json);
        }

        for (var i = 0; i < 200; i++)
        {
            yield return DeepNesting(i);
        }

        for (var i = 0; i < 200; i++)
        {
            var item = ValidObject(out _);
            var field = Pick(Fields.Where(f => item.ContainsKey(f)).ToList());
            var json = item.ToJsonString();
            var value = item[field]!.ToJsonString();
            json = json.Replace("{\"id\"", $"{{\"{field}\":{value},\"id\"", StringComparison.Ordinal);
            yield return BadItem("responses.duplicate-keys", json);
        }

        for (var i = 0; i < 500; i++)
        {
            yield return Unicode(i);
        }

        for (var i = 0; i < 50; i++)
        {
            var item = ValidObject(out _);
            var field = Pick(["comment", "unit", "id", "channel", "procedure", "dossier", "questionnaire"]);
            var length = i % 25 == 0 ? 3_000_000 : _random.Next(2_001, 200_000);
            item[field] = new string(Pick(['a', 'ệ', '"', '\\', '0']), length);
            var sent = BadItem("responses.enormous-strings", item.ToJsonString());
            yield return sent.Body!.Length > 4 * 1024 * 1024 ? sent with { ExpectedStatus = 413, ExpectedText = "4,194,304 bytes", Items = null } : sent;
        }

        for (var i = 0; i < 10; i++)
        {
            var items = Enumerable.Range(0, 1_001 + i).Select(k => ValidObject(out _).ToJsonString());
            yield return Post("responses.batch-over-1000", Array(items), 413, "at most 1000");
        }

        for (var i = 0; i < 10; i++)
        {
            var comment = new string('x', (4 * 1024 * 1024) + 1 + i);
            yield return Post("responses.body-over-limit", $"[{{\"comment\":\"{comment}\"}}]", 413, "4,194,304 bytes");
        }

        for (var i = 0; i < 200; i++)
        {
            yield return WrongContentType(i);
        }

        for (var i = 0; i < 300; i++)
        {
            var item = ValidObject(out _);
            item["id"] = Pick(BadUuids);
            if (i % 7 == 0)
            {
                item.Remove("id");
            }

            yield return BadItem("responses.invalid-uuids", item.ToJsonString());
        }

        for (var i = 0; i < 300; i++)
        {
            var item = ValidObject(out _);
            item["servedAt"] = i % 5 == 0
                ? _now.AddDays(_random.Next(2, 4000) * (i % 2 == 0 ? 1 : -1) + (i % 2 == 0 ? 0 : -731)).ToString("O", CultureInfo.InvariantCulture)
                : Pick(BadDates);
            yield return BadItem("responses.dates-out-of-range", item.ToJsonString());
        }

        for (var i = 0; i < 300; i++)
        {
            var item = ValidObject(out _);
            switch (i % 3)
            {
                case 0:
                    item["unit"] = Pick(BadUnits);
                    break;
                case 1:
                    item["answers"]!.AsObject()[Pick(BadCriteria)] = 4;
                    break;
                default:
                    item["questionnaire"] = Pick(["sipas-2099", "SIPAS-2017", "sipas-2017@99", "", "sipas-2017 ", "../sipas-2017"]);
                    break;
            }

            yield return BadItem("responses.unknown-units-criteria", item.ToJsonString());
        }

        for (var i = 0; i < 300; i++)
        {
            var item = ValidObject(out _);
            var level = Pick([0, 6, -1, 7, 100, int.MaxValue, int.MinValue, 10]);
            if (i % 2 == 0)
            {
                item["answers"]!.AsObject()[Pick(Criteria)] = level;
            }
            else
            {
                item["overall"] = level;
            }

            yield return BadItem("responses.answers-out-of-scale", item.ToJsonString());
        }

        for (var i = 0; i < 300; i++)
        {
            var batch = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => NewKnown(Pick(AwkwardComments))).ToList();
            yield return Post("responses.sql-script-comments", Array(batch.Select(k => k.Json)), 202, items: batch);
        }

        for (var i = 0; i < 200; i++)
        {
            yield return NotAResponse(i);
        }

        for (var i = 0; i < 100; i++)
        {
            var batch = Enumerable.Range(0, _random.Next(1, 40)).Select(_ => NewKnown()).ToList();
            yield return Post(ValidBatches, Array(batch.Select(k => k.Json)), 202, items: batch);
        }
    }

    private static string RemoveOverallTwice(string json)
    {
        // The valid object may carry its own overall after the injected one: keep the injected (bad) one only.
        var first = json.IndexOf("\"overall\":", StringComparison.Ordinal);
        var second = first < 0 ? -1 : json.IndexOf("\"overall\":", first + 1, StringComparison.Ordinal);
        if (second < 0)
        {
            return json;
        }

        var end = json.IndexOfAny([',', '}'], second + 10);
        return json[end] == ',' ? json.Remove(second, end - second + 1) : json.Remove(second - 1, end - second + 1);
    }

    private HostileHttpCase Truncated()
    {
        var batch = Array(Enumerable.Range(0, _random.Next(1, 4)).Select(k => ValidObject(out _).ToJsonString()));
        var cut = _random.Next(0, batch.Length - 1);
        return Post("responses.truncated", batch[..cut], 400);
    }

    private HostileHttpCase DeepNesting(int i)
    {
        var depth = i % 4 == 0 ? _random.Next(17, 5_000) : _random.Next(17, 200);
        var open = Pick(["[", "{\"a\":"]);
        var close = open == "[" ? "]" : "}";
        if (i % 3 == 0)
        {
            // Within the depth limit: the body parses and the item gets its own errors.
            var item = ValidObject(out _);
            var nested = string.Concat(Enumerable.Repeat(open, 12)) + "1" + string.Concat(Enumerable.Repeat(close, 12));
            var json = item.ToJsonString().Replace("{\"id\"", $"{{\"comment\":{nested},\"id\"", StringComparison.Ordinal);
            return BadItem("responses.deep-nesting", RemoveLaterComment(json));
        }

        var body = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        return Post("responses.deep-nesting", body, 400, "depth");
    }

    private static string RemoveLaterComment(string json)
    {
        var first = json.IndexOf("\"comment\":", StringComparison.Ordinal);
        var second = json.IndexOf("\"comment\":", first + 1, StringComparison.Ordinal);
        if (second < 0)
        {
            return json;
        }

        var end = second + 10;
        var inString = false;
        for (; end < json.Length; end++)
        {
            var c = json[end];
            if (c == '\\')
            {
                end++;
                continue;
            }

            if (c == '"')
            {
                inString = !inString;
            }
            else if (!inString && c is ',' or '}')
            {
                break;
            }
        }

        return json.Remove(second - 1, end - second + 1);
    }

    private HostileHttpCase Unicode(int i)
    {
        var item = ValidObject(out _);
        item.Remove("comment");
        var json = item.ToJsonString();
        var field = Pick(["comment", "unit", "channel", "procedure", "dossier", "questionnaire", "id"]);
        switch (i % 10)
        {
            case 0 or 1:
                {
                    var lone = Pick(["\\ud800", "\\udfff", "\\udc00\\ud800", "x\\ud83d", "\\ud83d\\u0041"]);
                    var bad = field is "comment" or "procedure" or "dossier" ? "comment" : field;
                    var withValue = bad == "comment"
                        ? json.Replace("{\"id\"", $"{{\"comment\":\"a{lone}b\",\"id\"", StringComparison.Ordinal)
                        : ReplaceValue(json, bad, $"\"{lone}\"");
                    return BadItem("responses.unicode", withValue);
                }

            case 2:
                return BadItem("responses.unicode", json.Replace("\"unit\"", $"\"un\\ud800it\":1,\"unit\"", StringComparison.Ordinal));
            case 3:
                return BadItem("responses.unicode", json.Replace("\"answers\":{", "\"answers\":{\"TC\\udfff1\":3,", StringComparison.Ordinal));
            case 4:
                {
                    // Raw bytes that are not UTF-8 (a lone continuation byte, an overlong slash, an encoded surrogate).
                    var raw = Encoding.UTF8.GetBytes(json);
                    var at = raw.AsSpan().IndexOf("kiosk"u8);
                    var bytes = raw.ToList();
                    var insert = Pick<byte[]>([[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0xF8, 0x88, 0x80, 0x80, 0x80]]);
                    bytes.InsertRange(at > 0 ? at : bytes.Count / 2, insert);
                    // Malformed UTF-8 fails the parse (400); an encoded surrogate (ED A0 80) inside a string parses and
                    // then fails that item, like an escaped one.
                    return new HostileHttpCase("responses.unicode", HttpMethod.Post, ResponsesPath, [.. bytes], Items: [null]);
                }

            case 5:
                return BadItem("responses.unicode", ReplaceValue(json, Pick(["unit", "channel", "questionnaire"]), "\"\\u0000\""));
            case 6:
                {
                    // A BOM before the JSON, then UTF-16: both are bodies a client might really send.
                    var known = NewKnown();
                    var body = Encoding.UTF8.GetBytes(Array([known.Json]));
                    return i % 20 == 6
                        ? new HostileHttpCase("responses.unicode", HttpMethod.Post, ResponsesPath, [0xEF, 0xBB, 0xBF, .. body], ExpectedStatus: 202, Items: [known])
                        : new HostileHttpCase("responses.unicode", HttpMethod.Post, ResponsesPath, Encoding.Unicode.GetBytes(Array([ValidObject(out _).ToJsonString()])), ExpectedStatus: 400);
                }

            case 7:
                {
                    // Valid but unusual text in a comment: accepted, stored exactly.
                    var known = NewKnown(Pick(["\u0000\u0001\u001F", "\uFFFF\uFFFE", "𝌆𝌇", "\U0010FFFF", "a\u0300\u0300", "ﷺ", "\u00A0\u3000", "ẞ ǅ İ ı"]));
                    return Post("responses.unicode", Array([known.Json]), 202, items: [known]);
                }

            case 8:
                return BadItem("responses.unicode", ReplaceValue(json, "unit", Quote(Pick(["０１００１", "01001\u200B", "O1001", "01.ＳＴＰ"]))));
            default:
                return BadItem("responses.unicode", ReplaceValue(json, "channel", Quote(Pick(["KIOSK", "kıosk", "kiosk\u0000", "kiоsk", ""]))));
        }
    }

    /// <summary>Replaces a top-level string field's value (the generated objects hold no nested strings before it).</summary>
    private static string ReplaceValue(string json, string field, string newValue)
    {
        var key = $"\"{field}\":";
        var at = json.IndexOf(key, StringComparison.Ordinal);
        var start = at + key.Length;
        var end = json.IndexOf('"', start + 1);
        while (json[end - 1] == '\\')
        {
            end = json.IndexOf('"', end + 1);
        }

        return json[..start] + newValue + json[(end + 1)..];
    }

    private HostileHttpCase WrongContentType(int i)
    {
        var body = Utf8(Array([ValidObject(out _).ToJsonString()]));
        var type = Pick<string?>(
        [
            "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", null, "application/jsonp",
            "text/json; charset=utf-8", "application/octet-stream", "image/png", "*/*",
        ]);
        return new HostileHttpCase("responses.content-types", HttpMethod.Post, ResponsesPath, i % 9 == 0 ? [] : body, type, ExpectedStatus: 415, ExpectedText: "application/json");
    }

    private HostileHttpCase NotAResponse(int i)
    {
        var body = (i % 10) switch
        {
            0 => "",
            1 => "null",
            2 => "42",
            3 => "\"a string\"",
            4 => "true",
            5 => "[]",
            6 => "[1, \"two\", null, [], true]",
            7 => "{}",
            8 => "   \n\t  ",
            _ => "[" + string.Join(",", Enumerable.Repeat("{}", _random.Next(1, 1000))) + "]",
        };
        int? status = i % 10 is 0 or 1 or 2 or 3 or 4 or 8 ? 400 : 202;
        return Post("responses.wrong-shapes", body, status);
    }
}
