using Sipas.Grains.Alerts;

namespace Sipas.Api.Alerts;

/// <summary>What people do: set targets, acknowledge, silence and unsilence. Scope checks are the caller's (REST, GraphQL).</summary>
public sealed partial class AlertingService
{
    /// <summary>Sets a unit's own target (audited) and re-evaluates the unit and the units that inherit it.</summary>
    public async Task SetTargetAsync(AlertTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await _loaded.Task.WaitAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await store.SetTargetAsync(target, cancellationToken);
            _targets = _targets.SetItem(target.Unit, target);
        }
        finally
        {
            _gate.Release();
        }

        MarkSubtreeDirty(target.Unit);
    }

    /// <summary>Removes a unit's own target (audited; it inherits again); false when it had none.</summary>
    public async Task<bool> ClearTargetAsync(string unit, string actor, CancellationToken cancellationToken)
    {
        await _loaded.Task.WaitAsync(cancellationToken);
        bool cleared;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            cleared = await store.ClearTargetAsync(unit, actor, clock.GetUtcNow(), cancellationToken);
            _targets = _targets.Remove(unit);
        }
        finally
        {
            _gate.Release();
        }

        MarkSubtreeDirty(unit);
        return cleared;
    }

    public async Task<IReadOnlyList<AlertTargetChange>> TargetHistoryAsync(string unit, CancellationToken cancellationToken) =>
        await store.TargetAuditAsync(unit, cancellationToken);

    /// <summary>Acknowledges a FIRING alert. Null when there is no such alert; the status unchanged when it is not firing.</summary>
    public async Task<(AlertStatus Status, bool Acknowledged)?> AcknowledgeAsync(string id, string actor, string? comment, CancellationToken cancellationToken)
    {
        await _loaded.Task.WaitAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_statuses.TryGetValue(id, out var status))
            {
                return null;
            }

            if (AlertEvaluator.Acknowledge(status, actor, comment, clock.GetUtcNow()) is not { } decision)
            {
                return (status, false);
            }

            var batch = new Batch(clock.GetUtcNow());
            batch.Add(status, decision);
            await CommitAsync(batch, cancellationToken);
            return (decision.Status, true);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds a silence and shows SILENCED on the active alerts it covers.</summary>
    public async Task AddSilenceAsync(AlertSilence silence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(silence);
        await _loaded.Task.WaitAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await store.InsertSilenceAsync(silence, cancellationToken);
            _silences = _silences.Add(silence);
            await ResilenceAsync(silence, silence.CreatedBy, silence.Comment, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ends a silence; the alerts it hid show their state again. Null when no such silence is in force.</summary>
    public async Task<AlertSilence?> RemoveSilenceAsync(string id, string actor, CancellationToken cancellationToken)
    {
        await _loaded.Task.WaitAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var silence = _silences.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
            if (silence is null || !await store.RemoveSilenceAsync(id, actor, clock.GetUtcNow(), cancellationToken))
            {
                return null;
            }

            _silences = _silences.Remove(silence);
            await ResilenceAsync(silence, actor, "unsilenced", cancellationToken);
            return silence;
        }
        finally
        {
            _gate.Release();
        }
    }

    public AlertSilence? FindSilence(string id) => _silences.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>Call under the gate: re-applies the silences to the alerts <paramref name="changed"/> covers.</summary>
    private async Task ResilenceAsync(AlertSilence changed, string actor, string? comment, CancellationToken cancellationToken)
    {
        var tree = directory.Tree;
        var batch = new Batch(clock.GetUtcNow());
        foreach (var status in _statuses.Values.Where(s => changed.Covers(tree, s.Unit, s.Rule)))
        {
            var silenced = IsSilenced(tree, status.Unit, status.Rule, batch.Now);
            batch.Add(status, AlertEvaluator.Resilence(status, silenced, actor, comment, batch.Now));
        }

        await CommitAsync(batch, cancellationToken);
    }

    private void MarkSubtreeDirty(string unit)
    {
        var tree = directory.Tree;
        MarkDirty([unit, .. _statuses.Values.Select(s => s.Unit).Where(u => tree.IsInSubtree(u, unit))]);
    }
}
