using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sipas.Api.Live;
using Sipas.Api.Webhooks;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Alerts;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Units;
using Sipas.Runtime;

namespace Sipas.Api.Alerts;

/// <summary>
/// Evaluates the alert rules. It hears the grains' <see cref="ChangeFeed"/>, and every
/// <see cref="AlertingOptions.EvaluationInterval"/> reads the changed units' figures and runs
/// <see cref="AlertEvaluator"/>; every <see cref="AlertingOptions.TickInterval"/> it also re-evaluates the alerts that
/// time alone can move (pending periods, burst windows, mute windows). It is the single writer of alert state: each
/// batch of transitions is stored with its webhook outbox rows in one transaction, then published on
/// <see cref="AlertFeed"/>. Nothing is evaluated before the grains have recovered.
/// </summary>
public sealed partial class AlertingService(
    IGrainFactory grains,
    UnitDirectory directory,
    ChangeFeed changes,
    AlertFeed feed,
    AlertStore store,
    WebhookEndpoints webhooks,
    Readiness readiness,
    TimeProvider clock,
    IOptions<AlertingOptions> options,
    IOptions<LiveOptions> live,
    QuestionnaireCatalog questionnaires,
    ILogger<AlertingService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, AlertStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Lock _dirtyGate = new();
    private readonly ChangeFeed.Subscription _subscription = changes.Subscribe();
    private HashSet<string> _dirty = new(StringComparer.Ordinal);
    private ImmutableDictionary<string, AlertTarget> _targets = ImmutableDictionary.Create<string, AlertTarget>(StringComparer.Ordinal);
    private ImmutableList<AlertSilence> _silences = [];
    private long _sequence;
    private string[] _metrics = [AlertTarget.Sipas];

    /// <summary>Completes once targets, states and silences are loaded (requests wait for it).</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>The current status of every unit and rule evaluated so far.</summary>
    public IEnumerable<AlertStatus> Statuses => _statuses.Values;

    public ImmutableList<AlertSilence> Silences => _silences;

    /// <summary>The questionnaire whose figures the rules follow.</summary>
    public string QuestionnaireId => options.Value.Questionnaire ?? live.Value.DefaultQuestionnaire;

    public AlertingOptions Options => options.Value;

    public override void Dispose()
    {
        _subscription.Dispose();
        _gate.Dispose();
        base.Dispose();
    }

    /// <summary>Loads the stored targets, states and silences (idempotent; the host calls it on start).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded.Task.IsCompleted)
        {
            return;
        }

        await store.EnsureSchemaAsync(cancellationToken);
        _targets = (await store.LoadTargetsAsync(cancellationToken)).ToImmutableDictionary(t => t.Unit, StringComparer.Ordinal);
        foreach (var status in await store.LoadStatusesAsync(cancellationToken))
        {
            _statuses[status.Id] = status;
        }

        _silences = [.. await store.LoadSilencesAsync(clock.GetUtcNow(), cancellationToken)];
        _sequence = await store.LastSequenceAsync(cancellationToken);
        _metrics = [AlertTarget.Sipas, .. questionnaires.TryGet(QuestionnaireId, out var questionnaire) ? questionnaire.Factors.Select(f => f.Id) : []];
        await webhooks.LoadAsync(cancellationToken);
        _loaded.TrySetResult();
        LogLoaded(_targets.Count, _statuses.Count, _silences.Count, _sequence);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await LoadAsync(stoppingToken);
        var listening = ListenAsync(stoppingToken);
        await readiness.WhenReady.WaitAsync(stoppingToken);
        var lastTick = long.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var units = TakeDirty();
            if (lastTick == long.MinValue || clock.GetElapsedTime(lastTick) >= options.Value.TickInterval)
            {
                lastTick = clock.GetTimestamp();
                units.UnionWith(TimeDependentUnits());
                await ForgetEndedSilencesAsync(stoppingToken);
            }

            try
            {
                var started = clock.GetTimestamp();
                await EvaluateAsync(units, stoppingToken);
                if (units.Count > 0)
                {
                    LogPass(units.Count, clock.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogEvaluationFailed(exception, units.Count);
                MarkDirty(units);
            }

            await Task.Delay(options.Value.EvaluationInterval, clock, stoppingToken);
        }

        await listening;
    }

    /// <summary>Drops the silences that ended (their alerts are in this tick's evaluation, which shows them again).</summary>
    private async Task ForgetEndedSilencesAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            _silences = _silences.RemoveAll(s => s.IsExpiredAt(now));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Units to evaluate without a change: alerts that are pending, firing, acknowledged or silenced.</summary>
    public IEnumerable<string> TimeDependentUnits() =>
        _statuses.Values.Where(s => AlertStatus.IsActive(s.Condition) || s.State == AlertState.Silenced).Select(s => s.Unit);

    /// <summary>Evaluates every rule of <paramref name="units"/> now and commits what changed.</summary>
    public async Task EvaluateAsync(IEnumerable<string> units, CancellationToken cancellationToken)
    {
        var tree = directory.Tree;
        var work = units.Distinct(StringComparer.Ordinal).Where(u => tree.Find(u) is { IsActive: true }).ToList();
        foreach (var chunk in work.Chunk(Math.Max(1, options.Value.Parallelism)))
        {
            var measured = await Task.WhenAll(chunk.Select(u => MeasureAsync(tree.Get(u))));
            await _gate.WaitAsync(cancellationToken);
            try
            {
                var batch = new Batch(clock.GetUtcNow());
                foreach (var (unit, rules) in measured)
                {
                    Apply(batch, tree, unit, rules);
                }

                await CommitAsync(batch, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    /// <summary>The target that applies to <paramref name="unit"/>: its own, else the nearest ancestor's, else the national default.</summary>
    public AlertTarget EffectiveTarget(string unit)
    {
        var tree = directory.Tree;
        var targets = _targets;
        if (targets.TryGetValue(unit, out var own))
        {
            return own;
        }

        if (tree.Find(unit) is not null)
        {
            foreach (var ancestor in tree.Ancestors(unit))
            {
                if (targets.TryGetValue(ancestor.Code, out var inherited))
                {
                    return inherited;
                }
            }
        }

        var o = options.Value;
        return new AlertTarget(tree.Root.Code, o.DefaultTarget, o.DefaultMetric, o.DefaultWindow, o.DefaultMinResponses, o.DefaultPending, o.DefaultMargin, o.DefaultBasis);
    }

    /// <summary>A unit's own target, if it has one.</summary>
    public AlertTarget? OwnTarget(string unit) => _targets.GetValueOrDefault(unit);

    private async Task<(string Unit, List<(AlertRule Rule, Measure Measure)> Rules)> MeasureAsync(Unit unit)
    {
        var grain = grains.GetGrain<IUnitGrain>(unit.Code);
        var target = EffectiveTarget(unit.Code);
        var rule = target.ToRule();
        var score = await grain.GetScore(rule.Window, QuestionnaireId);
        var measure = string.Equals(target.Metric, AlertTarget.Sipas, StringComparison.Ordinal)
            ? score.Scores.Sipas
            : score.Scores.Factor(target.Metric)?.Index ?? Measure.Empty;
        List<(AlertRule, Measure)> rules = [(rule, measure)];
        var burst = options.Value.Burst;
        if (burst.Enabled && unit.TakesResponses)
        {
            var recent = await grain.GetScore(WindowSpec.Burst, QuestionnaireId);
            rules.Add((BurstRuleOf(burst), BurstMeasure.Of(recent.Scores)));
        }

        return (unit.Code, rules);
    }

    private static AlertRule BurstRuleOf(BurstRule burst) =>
        new(AlertRule.BurstId, AlertDirection.AtOrAbove, burst.Threshold, WindowSpec.Burst, burst.MinRatings, burst.Pending, 0, AlertBasis.PointEstimate);

    private void Apply(Batch batch, UnitTree tree, string unit, List<(AlertRule Rule, Measure Measure)> rules)
    {
        foreach (var status in StatusesOf(unit))
        {
            if (status.Rule != AlertRule.BurstId && !rules.Any(r => r.Rule.Id == status.Rule))
            {
                Retire(batch, status, $"the target now watches {rules[0].Rule.Id}");
            }
        }

        foreach (var (rule, measure) in rules)
        {
            var previous = Current(batch, AlertStatus.MakeId(unit, rule.Id)) ?? AlertStatus.Initial(unit, rule, batch.Now);
            var silenced = IsSilenced(tree, unit, rule.Id, batch.Now);
            batch.Add(previous, AlertEvaluator.Evaluate(rule, previous, measure, silenced, batch.Now));
        }
    }

    /// <summary>The unit's statuses for any target metric (by id: a scan of every status per unit would not scale).</summary>
    private List<AlertStatus> StatusesOf(string unit)
    {
        var found = new List<AlertStatus>();
        foreach (var metric in _metrics)
        {
            if (_statuses.TryGetValue(AlertStatus.MakeId(unit, metric), out var status))
            {
                found.Add(status);
            }
        }

        return found;
    }

    private AlertStatus? Current(Batch batch, string id) => batch.Updated.GetValueOrDefault(id) ?? _statuses.GetValueOrDefault(id);

    private static void Retire(Batch batch, AlertStatus status, string comment)
    {
        if (status.State is not (AlertState.Normal or AlertState.InsufficientData))
        {
            batch.Transitions.Add(new AlertTransition(
                0, status.Unit, status.Rule, status.State, AlertState.Normal, status.Value, status.Low, status.High, status.N,
                status.Target, status.Window, batch.Now, Comment: comment));
        }

        batch.Deleted.Add(status);
    }

    private bool IsSilenced(UnitTree tree, string unit, string rule, DateTimeOffset now) =>
        _silences.Any(s => s.IsActiveAt(now) && s.Covers(tree, unit, rule));

    private HashSet<string> TakeDirty()
    {
        lock (_dirtyGate)
        {
            var taken = _dirty;
            _dirty = new HashSet<string>(StringComparer.Ordinal);
            return taken;
        }
    }

    private void MarkDirty(IEnumerable<string> units)
    {
        lock (_dirtyGate)
        {
            _dirty.UnionWith(units);
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in _subscription.Reader.ReadAllAsync(cancellationToken))
            {
                lock (_dirtyGate)
                {
                    _dirty.Add(change.Unit);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
