using Microsoft.Extensions.Options;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Questionnaires;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>
/// A unit's live aggregates. <c>_own</c> counts the responses this unit served (persisted with the log position
/// they include); <c>_pooled</c> counts its whole subtree (own + what children pass up) and answers every query.
/// A unit without children pools nothing else, so its pooled histories are its own ones (one copy in memory).
/// </summary>
[KeepAlive]
public sealed partial class UnitGrain(
    [PersistentState("unit", "units")] IPersistentState<UnitGrainState> state,
    UnitDirectory directory,
    QuestionnaireCatalog questionnaires,
    ChangeFeed changes,
    TimeProvider clock,
    IOptions<LiveOptions> options) : Grain, IUnitGrain
{
    private readonly Dictionary<string, UnitHistory> _own = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitHistory> _pooled = new(StringComparer.Ordinal);
    private const int ScoreCacheSize = 4;
    private readonly LiveOptions _options = options.Value;
    private DateTimeOffset _updatedAt;
    private CachedScore[] _scores = [];
    private Questionnaire? _lastQuestionnaire;
    private string? _lastReference;
    private Questionnaire? _keyed;
    private string? _key;

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, bytes) in state.State.Own)
        {
            _own[key] = UnitHistory.FromBytes(bytes, questionnaires.Get(key), clock);
        }

        PoolOwnOnly();
        _updatedAt = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await Flush();
        await Snapshot(state.State.AppliedPosition);
    }

    public Task<UnitScore> GetScore(WindowSpec window, string questionnaire)
    {
        var resolved = window.Resolve(clock.GetUtcNow());
        // Rankings read every child about once a second; a child that counted nothing since answers from its cache.
        var scores = _scores;
        foreach (var cached in scores)
        {
            if (cached.Window == resolved && string.Equals(cached.Questionnaire, questionnaire, StringComparison.Ordinal))
            {
                return Task.FromResult(cached.Score);
            }
        }

        var q = questionnaires.Get(questionnaire);
        var tally = _pooled.TryGetValue(q.Key, out var history) ? history.Query(resolved) : Tally.Empty(q);
        var score = new UnitScore(Code, resolved, IndexCalculator.Compute(tally, q), _updatedAt);
        // Read-only calls may interleave: the cache is an immutable array, replaced whole (a lost entry is only a miss).
        _scores = [new CachedScore(questionnaire, resolved, score), .. scores.Length < ScoreCacheSize ? scores : scores[..^1]];
        return Task.FromResult(score);
    }

    public Task<HistorySnapshot> GetHistory() =>
        Task.FromResult(new HistorySnapshot(Code, _pooled.ToDictionary(p => p.Key, p => p.Value.ToBytes(), StringComparer.Ordinal)));

    public Task<HistorySnapshot> GetOwnHistory() =>
        Task.FromResult(new HistorySnapshot(Code, _own.ToDictionary(p => p.Key, p => p.Value.ToBytes(), StringComparer.Ordinal)));

    public Task<long> GetAppliedPosition() => Task.FromResult(state.State.AppliedPosition);

    // A unit pooling only its own responses shares one history object for own and pooled; any other copies.
    private bool PoolsOthers => !directory.Tree.Children(Code).IsEmpty || directory.Absorbed(Code).Count > 0;

    // Whatever changes the pooled counts or the update time drops the cached scores.
    private void Changed() => _scores = [];

    private void PoolOwnOnly()
    {
        Changed();
        _pooled.Clear();
        foreach (var (key, history) in _own)
        {
            _pooled[key] = PoolsOthers ? Copy(history) : history;
        }
    }

    private UnitHistory Copy(UnitHistory history) => UnitHistory.FromBytes(history.ToBytes(), history.Questionnaire, clock);

    private UnitHistory Own(Questionnaire questionnaire, string key)
    {
        if (!_own.TryGetValue(key, out var history))
        {
            history = new UnitHistory(questionnaire, clock);
            _own[key] = history;
            _pooled[key] = PoolsOthers ? Pooled(questionnaire, key) : history;
        }

        return history;
    }

    private UnitHistory Pooled(Questionnaire questionnaire) => Pooled(questionnaire, KeyOf(questionnaire));

    private UnitHistory Pooled(Questionnaire questionnaire, string key)
    {
        if (!_pooled.TryGetValue(key, out var history))
        {
            history = new UnitHistory(questionnaire, clock);
            _pooled[key] = history;
        }

        return history;
    }

    // Responses arrive by the thousand with the same questionnaire reference: the last lookup and key are kept (Key
    // and the catalog's lookup would otherwise build a string per response, at every level).
    private Questionnaire QuestionnaireOf(string reference)
    {
        if (_lastQuestionnaire is null || !string.Equals(reference, _lastReference, StringComparison.Ordinal))
        {
            _lastQuestionnaire = questionnaires.Get(reference);
            _lastReference = reference;
        }

        return _lastQuestionnaire;
    }

    private string KeyOf(Questionnaire questionnaire)
    {
        if (!ReferenceEquals(questionnaire, _keyed))
        {
            _key = questionnaire.Key;
            _keyed = questionnaire;
        }

        return _key!;
    }

    private sealed record CachedScore(string Questionnaire, Window Window, UnitScore Score);
}
