using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Sipas.Api.Ingestion;
using Sipas.Api.Storage;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;
using Sipas.Testing;

namespace Sipas.Api.Tests.Ingestion;

public sealed class IngestionServiceTests : IAsyncLifetime
{
    private static readonly UnitTree Units = UnitTreeLoader.Load2025();
    private readonly string _directory = Directory.CreateTempSubdirectory("sipas-ingest-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 1, 3, 0, 0, TimeSpan.Zero));
    private readonly RecordingListener _listener = new();
    private GroupCommitResponseLog _log = null!;
    private IngestionService _service = null!;

    public async Task InitializeAsync()
    {
        var store = new SqliteResponseLogStore(Path.Combine(_directory, "log.db"));
        await store.InitializeAsync(CancellationToken.None);
        _log = new GroupCommitResponseLog(store, new GroupCommitOptions(), NullLogger<GroupCommitResponseLog>.Instance, [_listener]);
        var validator = new ResponseValidator(Units, QuestionnaireCatalog.Embedded, _clock);
        _service = new IngestionService(validator, _log, _clock);
    }

    public async Task DisposeAsync()
    {
        await _log.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task SubmitAsync_GoodAndBadItems_GoodAcceptedBadRejectedInInputOrder()
    {
        var good1 = Item(Guid.NewGuid());
        var bad = Item(Guid.NewGuid(), answers: """{"TC9":5}""");
        var good2 = Item(Guid.NewGuid());

        var results = await _service.SubmitAsync([good1, bad, good2], _ => true, CancellationToken.None);

        Assert.Equal([ItemResult.Accepted, ItemResult.Rejected, ItemResult.Accepted], results.Select(r => r.Status));
        Assert.Equal([good1.Id, bad.Id, good2.Id], results.Select(r => r.Id));
        Assert.Equal("answers.TC9", Assert.Single(results[1].Errors!).Field);
        Assert.Equal([good1.Id, good2.Id], _listener.Received.Select(e => e.Id.ToString()));
    }

    [Fact]
    public async Task SubmitAsync_Resubmission_DuplicateAndHandedOnOnce()
    {
        var item = Item(Guid.NewGuid());
        await _service.SubmitAsync([item], _ => true, CancellationToken.None);

        var again = await _service.SubmitAsync([item], _ => true, CancellationToken.None);

        Assert.Equal(ItemResult.Duplicate, Assert.Single(again).Status);
        Assert.Single(_listener.Received);
        Assert.Equal(1, await _log.LastPositionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SubmitAsync_UnitOutsideCallersScope_RejectedAndNotLogged()
    {
        var item = Item(Guid.NewGuid());

        var results = await _service.SubmitAsync([item], unit => unit.StartsWith("79", StringComparison.Ordinal), CancellationToken.None);

        Assert.Equal(ItemResult.Rejected, results[0].Status);
        Assert.Equal("unit", Assert.Single(results[0].Errors!).Field);
        Assert.Equal(0, await _log.LastPositionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SubmitAsync_CommentWithPhoneNumber_ScrubbedBeforeItIsLogged()
    {
        var item = Item(Guid.NewGuid(), comment: "Gọi tôi 0912 345 678 nhé");

        await _service.SubmitAsync([item], _ => true, CancellationToken.None);

        await foreach (var entry in _log.ReadAfterAsync(0, CancellationToken.None))
        {
            var text = Encoding.UTF8.GetString(entry.Payload.Span);
            Assert.DoesNotContain("345", text, StringComparison.Ordinal);
            Assert.Equal($"Gọi tôi {CommentScrubber.Placeholder} nhé", IngestionService.Decode(entry).Comment);
        }
    }

    [Fact]
    public async Task Decode_LoggedEntry_EqualsTheAcceptedResponse()
    {
        var id = Guid.NewGuid();
        await _service.SubmitAsync([Item(id)], _ => true, CancellationToken.None);

        var entries = new List<LogEntry>();
        await foreach (var entry in _log.ReadAfterAsync(0, CancellationToken.None))
        {
            entries.Add(entry);
        }

        var decoded = IngestionService.Decode(Assert.Single(entries));
        Assert.Null(entries[0].Tag);
        var published = (SurveyResponse)Assert.Single(_listener.Received).Tag!;
        Assert.Equal(published.Id, decoded.Id);
        Assert.Equal(published.ServedAt, decoded.ServedAt);
        Assert.Equal(published.Answers.OrderBy(a => a.Key), decoded.Answers.OrderBy(a => a.Key));
    }

    private ParsedItem Item(Guid id, string answers = """{"TC1":5,"TC2":4,"TT1":3}""", string? comment = null)
    {
        var json = $$"""
            {"id":"{{id}}","unit":"01001","questionnaire":"sipas-2017","servedAt":"{{_clock.GetUtcNow().AddHours(-1):O}}",
             "channel":"kiosk","answers":{{answers}}{{(comment is null ? "" : $",\"comment\":\"{comment}\"")}}}
            """;
        using var document = JsonDocument.Parse(json);
        return ResponseJsonReader.Read(document.RootElement.Clone());
    }

    private sealed class RecordingListener : ICommitListener
    {
        public List<LogEntry> Received { get; } = [];

        public void OnCommitted(IReadOnlyList<LogEntry> committed) => Received.AddRange(committed);
    }
}
