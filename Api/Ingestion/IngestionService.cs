using System.Text.Json;
using Sipas.Api.Storage;
using Sipas.Grains.Responses;

namespace Sipas.Api.Ingestion;

/// <summary>
/// The one path every response takes, from REST and GraphQL alike: validate each item (a bad item never blocks its
/// neighbours), check the caller may submit for the unit, scrub the comment, append to the durable log, and only
/// then report <c>accepted</c>. The log hands committed responses on (in order) to its commit listeners; each entry's
/// <see cref="LogEntry.Tag"/> is the <see cref="SurveyResponse"/> so that they need not decode it again.
/// </summary>
public sealed class IngestionService(ResponseValidator validator, IResponseLog log, TimeProvider clock)
{
    /// <summary>Processes a batch; <paramref name="maySubmitFor"/> says whether the caller may submit for a unit code.</summary>
    public async Task<IReadOnlyList<ItemResult>> SubmitAsync(
        IReadOnlyList<ParsedItem> items, Func<string, bool> maySubmitFor, CancellationToken cancellationToken)
    {
        var results = new ItemResult[items.Count];
        var entries = new List<LogEntry>(items.Count);
        var slots = new List<int>(items.Count);
        var receivedAt = clock.GetUtcNow();
        for (var i = 0; i < items.Count; i++)
        {
            var response = Check(items[i], maySubmitFor, out var problems);
            if (response is null)
            {
                results[i] = new ItemResult(items[i].Id, ItemResult.Rejected, problems);
                continue;
            }

            var payload = JsonSerializer.SerializeToUtf8Bytes(response, IngestionJsonContext.Default.SurveyResponse);
            entries.Add(new LogEntry(response.Id, response.Unit, response.ServedAt, receivedAt, payload) { Tag = response });
            slots.Add(i);
        }

        var appended = await log.AppendAsync(entries, cancellationToken);
        for (var k = 0; k < appended.Count; k++)
        {
            results[slots[k]] = new ItemResult(items[slots[k]].Id, appended[k].Accepted ? ItemResult.Accepted : ItemResult.Duplicate);
        }

        return results;
    }

    /// <summary>Processes responses made in process (the demo stream, replays): same rules, same log, same results.</summary>
    public Task<IReadOnlyList<ItemResult>> SubmitAsync(IReadOnlyList<SurveyResponse> responses, CancellationToken cancellationToken) =>
        SubmitAsync([.. responses.Select(ToParsedItem)], _ => true, cancellationToken);

    /// <summary>The response a log entry holds: its tag when fresh from a commit, else decoded from the payload (replay).</summary>
    public static SurveyResponse Decode(LogEntry entry) =>
        entry.Tag as SurveyResponse
        ?? JsonSerializer.Deserialize(entry.Payload.Span, IngestionJsonContext.Default.SurveyResponse)
        ?? throw new InvalidDataException($"Log entry {entry.Position} holds no response.");

    private static ParsedItem ToParsedItem(SurveyResponse r) => new(
        r.Id.ToString(),
        new ResponseInput(r.Id.ToString(), r.Unit, r.Questionnaire, r.ServedAt, r.Channel,
            [.. r.Answers.Select(a => new AnswerInput(a.Key, a.Value))], r.Overall, r.Procedure, r.Dossier, r.Comment),
        []);

    private SurveyResponse? Check(ParsedItem item, Func<string, bool> maySubmitFor, out IReadOnlyList<ValidationProblem> problems)
    {
        var found = new List<ValidationProblem>(item.ReadProblems);
        var validation = validator.Validate(item.Input, out var response);
        if (found.Count == 0)
        {
            found.AddRange(validation);
        }
        else
        {
            // A field that could not be read is reported once, by the reader, not again as "missing" by the validator.
            var unreadable = found.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
            found.AddRange(validation.Where(p => !unreadable.Contains(p.Field)));
        }

        if (found.Count == 0 && response is not null && !maySubmitFor(response.Unit))
        {
            found.Add(new("unit", $"this key may not submit responses for unit {response.Unit}"));
        }

        problems = found;
        if (found.Count != 0 || response is null)
        {
            return null;
        }

        var scrubbed = CommentScrubber.Scrub(response.Comment);
        return string.Equals(scrubbed, response.Comment, StringComparison.Ordinal) ? response : response with { Comment = scrubbed };
    }
}
