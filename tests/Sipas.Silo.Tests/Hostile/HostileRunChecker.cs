using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Sipas.Silo.Tests.Hostile;

/// <summary>Judges the server's answers to hostile inputs and gathers what it accepted.</summary>
internal sealed class HostileRunChecker
{
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Every id the server answered "accepted", with how many times.</summary>
    public IReadOnlyDictionary<string, int> Accepted => _accepted;

    /// <summary>How many inputs ran, per category.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Fail(string category, string what) => _failures.Enqueue($"[{category}] {what}");

    public void Count(string category) => _counts.AddOrUpdate(category, 1, (_, n) => n + 1);

    public void CheckHttp(HostileHttpCase hostile, HttpStatusCode status, string? mediaType, string body)
    {
        Count(hostile.Category);
        var code = (int)status;
        var where = $"{hostile.Method} {Shorten(hostile.Path)} → {code}: {Shorten(body)}";
        if (code >= 500)
        {
            Fail(hostile.Category, "server error: " + where);
            return;
        }

        if (hostile.ExpectedStatus is { } expected && expected != code)
        {
            Fail(hostile.Category, $"expected {expected}: {where}");
        }

        if (hostile.ExpectedText is { } text && !body.Contains(text, StringComparison.Ordinal))
        {
            Fail(hostile.Category, $"expected the answer to say '{text}': {where}");
        }

        JsonDocument? document = null;
        try
        {
            document = body.Length == 0 ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            Fail(hostile.Category, "answer is not JSON: " + where);
            return;
        }

        using (document)
        {
            if (hostile.Path.StartsWith(HostileInputGenerator.GraphQLPath, StringComparison.Ordinal))
            {
                CheckGraphQL(hostile, code, document, where);
            }
            else if (code >= 400)
            {
                CheckProblem(hostile, mediaType, document, where);
            }
            else if (code == 202)
            {
                CheckSubmitResults(hostile, document, where);
            }
        }
    }

    private void CheckGraphQL(HostileHttpCase hostile, int code, JsonDocument? document, string where)
    {
        var root = document?.RootElement;
        var hasErrors = root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out _);
        if (code >= 400 && !hasErrors)
        {
            Fail(hostile.Category, "rejection without errors[]: " + where);
            return;
        }

        if (hasErrors && !AllMessagesSaySomething(root!.Value.GetProperty("errors")))
        {
            Fail(hostile.Category, "an error without a message: " + where);
        }

        if (!hasErrors && !(root is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("data", out _)))
        {
            Fail(hostile.Category, "neither data nor errors: " + where);
        }
    }

    private void CheckProblem(HostileHttpCase hostile, string? mediaType, JsonDocument? document, string where)
    {
        if (mediaType != "application/problem+json"
            || document?.RootElement is not { ValueKind: JsonValueKind.Object } problem
            || !problem.TryGetProperty("detail", out var detail)
            || detail.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(detail.GetString()))
        {
            Fail(hostile.Category, "rejection without a problem+json detail: " + where);
        }
    }

    private void CheckSubmitResults(HostileHttpCase hostile, JsonDocument? document, string where)
    {
        if (document?.RootElement is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            Fail(hostile.Category, "202 without results[]: " + where);
            return;
        }

        var index = 0;
        foreach (var result in results.EnumerateArray())
        {
            var status = result.GetProperty("status").GetString();
            var id = result.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            var expected = hostile.Items is { } items && index < items.Count ? items[index] : null;
            switch (status)
            {
                case "accepted":
                    _accepted.AddOrUpdate(id ?? "", 1, (_, n) => n + 1);
                    if (hostile.Items is not null && expected is null)
                    {
                        Fail(hostile.Category, $"item {index} accepted, expected a rejection: {where}");
                    }

                    break;
                case "rejected":
                    if (!result.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0 || !AllMessagesSaySomething(errors))
                    {
                        Fail(hostile.Category, $"item {index} rejected without a reason: {where}");
                    }

                    if (expected is not null)
                    {
                        Fail(hostile.Category, $"valid item {index} ({expected.Id}) rejected: {where}");
                    }

                    break;
                default:
                    Fail(hostile.Category, $"item {index} is '{status}': {where}");
                    break;
            }

            if (expected is not null && id != expected.Id.ToString())
            {
                Fail(hostile.Category, $"item {index} answered for '{id}', expected {expected.Id}: {where}");
            }

            index++;
        }

        if (hostile.Items is { } all && all.Count != index)
        {
            Fail(hostile.Category, $"{index} results for {all.Count} items: {where}");
        }
    }

    public static bool AllMessagesSaySomething(JsonElement errors) =>
        errors.ValueKind == JsonValueKind.Array
        && errors.GetArrayLength() > 0
        && errors.EnumerateArray().All(e => e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(m.GetString()));

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length:N0} chars)";
}
