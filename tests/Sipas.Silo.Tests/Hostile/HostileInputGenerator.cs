using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sipas.Grains.Responses;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>
/// Makes hostile inputs for the running Silo from a seed: the same seed gives the same inputs (timestamps are
/// relative to <c>now</c>). Valid responses are mixed in (alone and next to bad items) so that a run can check that
/// nothing accepted is lost or changed.
/// </summary>
internal sealed partial class HostileInputGenerator
{
    public const string ResponsesPath = "/api/v1/responses";
    public const string GraphQLPath = "/graphql";
    public const string ValidBatches = "responses.valid-batches";

    private static readonly string[] Units = ["01001", "01002", "01.STP", "01.TTHCC", "79001", "79.STP", "01.STC"];
    private static readonly string[] Criteria = ["TC1", "TC2", "TC3", "TT1", "TT2", "CC1", "CC2", "KQ1", "KQ2", "PA1", "PA2"];
    private static readonly string[] Channels = ["kiosk", "web", "portal", "zalo", "paper", "phone"];

    // Valid comments that look hostile: stored as given (after the phone scrubber), never interpreted.
    private static readonly string[] AwkwardComments =
    [
        "'; DROP TABLE response_log; --",
        "\" OR 1=1 --",
        "Robert'); DELETE FROM api_keys WHERE ('a'='a",
        "<script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "{{7*7}} ${jndi:ldap://x/a} %s%s%s%n",
        "../../etc/passwd\\..\\windows",
        "Nhân viên nhiệt tình, thủ tục nhanh gọn 👍🏽",
        "ma\u0000ma NUL inside",
        "zero\u200Bwidth\u200Djoin\uFEFFbom",
        "right\u202Eto-left override",
        "e\u0301\u0301\u0301 combining Z\u0336\u0335\u0334",
        "line\u2028separator\u2029paragraph\r\n\ttab",
        "🇻🇳 𝕊𝕀ℙ𝔸𝕊 \U0001F600",
        "gọi 0912 345 678 hoặc +84 912 345 678",
        "\"quoted\" \\backslash\\ /solidus/",
        "",
    ];

    private readonly Random _random;
    private readonly DateTimeOffset _now;
    private readonly List<KnownResponse> _known = [];

    public HostileInputGenerator(int seed, DateTimeOffset now)
    {
        _random = new Random(seed);
        _now = now;
    }

    /// <summary>Every valid response made so far (accepted ones must all be in the log, unchanged).</summary>
    public IReadOnlyList<KnownResponse> Known => _known;

    /// <summary>Valid responses to submit before the run.</summary>
    public IReadOnlyList<KnownResponse> Baseline(int count) => [.. Enumerable.Range(0, count).Select(_ => NewKnown())];

    /// <summary>The HTTP cases, shuffled so that categories interleave (valid batches arrive during the run).</summary>
    public IReadOnlyList<HostileHttpCase> HttpCases()
    {
        var cases = new List<HostileHttpCase>();
        cases.AddRange(ResponseCases());
        cases.AddRange(ReadCases());
        cases.AddRange(HeaderCases());
        cases.AddRange(GraphQLCases());
        Shuffle(cases);
        return cases;
    }

    /// <summary>The WebSocket conversations.</summary>
    public IReadOnlyList<HostileSocketCase> SocketCases()
    {
        var cases = new List<HostileSocketCase>(SocketCasesCore());
        Shuffle(cases);
        return cases;
    }

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private Guid NewGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A valid response as a JSON object, with the id it carries.</summary>
    private JsonObject ValidObject(out Guid id)
    {
        id = NewGuid();
        var answers = new JsonObject();
        foreach (var criterion in Criteria.Where(_ => _random.Next(3) > 0).DefaultIfEmpty("TC1"))
        {
            answers[criterion] = _random.Next(1, 6);
        }

        var servedAt = _now.AddMinutes(-_random.Next(1, 60 * 24 * 20));
        var offset = _random.Next(2) == 0 ? TimeSpan.FromHours(7) : TimeSpan.Zero;
        var item = new JsonObject
        {
            ["id"] = id.ToString(),
            ["unit"] = Pick(Units),
            ["questionnaire"] = "sipas-2017",
            ["servedAt"] = servedAt.ToOffset(offset).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["channel"] = Pick(Channels),
            ["answers"] = answers,
        };
        if (_random.Next(2) == 0)
        {
            item["overall"] = _random.Next(1, 6);
        }

        if (_random.Next(2) == 0)
        {
            item["procedure"] = "1.00" + _random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        }

        if (_random.Next(3) == 0)
        {
            item["comment"] = Pick(AwkwardComments);
        }

        return item;
    }

    /// <summary>A new valid response, remembered as known.</summary>
    private KnownResponse NewKnown(string? comment = null)
    {
        var item = ValidObject(out var id);
        if (comment is not null)
        {
            item["comment"] = comment;
        }

        var known = new KnownResponse(id, item.ToJsonString(), Expect(item, id));
        _known.Add(known);
        return known;
    }

    private static SurveyResponse Expect(JsonObject item, Guid id) => new(
        id,
        (string)item["unit"]!,
        (string)item["questionnaire"]!,
        DateTimeOffset.Parse((string)item["servedAt"]!, CultureInfo.InvariantCulture),
        (string)item["channel"]!,
        item["answers"]!.AsObject().ToDictionary(a => a.Key, a => (int)a.Value!, StringComparer.Ordinal),
        (int?)item["overall"],
        (string?)item["procedure"],
        null,
        CommentScrubber.Scrub((string?)item["comment"]));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private HostileHttpCase Post(string category, string body, int? expectedStatus = null, string? expectedText = null, IReadOnlyList<KnownResponse?>? items = null) =>
        new(category, HttpMethod.Post, ResponsesPath, Utf8(body), ExpectedStatus: expectedStatus, ExpectedText: expectedText, Items: items);

    /// <summary>A batch of one bad item, maybe between valid ones: the valid ones must be accepted, the bad one rejected.</summary>
    private HostileHttpCase BadItem(string category, string badItemJson)
    {
        if (_random.Next(3) != 0)
        {
            return Post(category, badItemJson, 202, items: [null]);
        }

        var before = NewKnown();
        var after = NewKnown();
        return Post(category, Array([before.Json, badItemJson, after.Json]), 202, items: [before, null, after]);
    }
}
