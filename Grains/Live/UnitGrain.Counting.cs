using Sipas.Grains.Contracts;
using Sipas.Grains.Responses;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>Counting: own responses, children's deltas, and the batched flush up the tree.</summary>
public sealed partial class UnitGrain
{
    private List<SurveyResponse> _pending = [];
    private IGrainTimer? _flushTimer;
    private bool _dirty;

    public Task Record(IReadOnlyList<RecordedResponse> responses)
    {
        foreach (var recorded in responses)
        {
            // Replay after a restart re-sends what the snapshot may already hold: positions arrive in log order.
            if (recorded.Position <= state.State.AppliedPosition)
            {
                continue;
            }

            var questionnaire = questionnaires.Get(recorded.Response.Questionnaire);
            var own = Own(questionnaire);
            own.Add(recorded.Response);
            if (!ReferenceEquals(own, _pooled[questionnaire.Key]))
            {
                _pooled[questionnaire.Key].Add(recorded.Response);
            }

            state.State.AppliedPosition = recorded.Position;
            _dirty = true;
            Pend(recorded.Response);
        }

        return Task.CompletedTask;
    }

    public Task ApplyDelta(UnitDelta delta)
    {
        foreach (var response in delta.Responses)
        {
            Pooled(questionnaires.Get(response.Questionnaire)).Add(response);
            Pend(response);
        }

        return Task.CompletedTask;
    }

    public Task Flush()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        if (_pending.Count == 0)
        {
            return Task.CompletedTask;
        }

        var batch = _pending;
        _pending = [];
        _updatedAt = clock.GetUtcNow();
        if (directory.Tree.Find(Code)?.ParentCode is { } parent)
        {
            // One-way: the parent pools it in its own turn; messages from this unit reach it in order.
            _ = GrainFactory.GetGrain<IUnitGrain>(parent).ApplyDelta(new UnitDelta(Code, batch));
            _ = GrainFactory.GetGrain<IRankingGrain>(parent).ChildChanged();
        }

        changes.Publish(new UnitChanged(Code, batch.Count, PooledResponses(), _updatedAt));
        return Task.CompletedTask;
    }

    private void Pend(SurveyResponse response)
    {
        // Until recovery has rebuilt every parent from its children, nothing is passed up (it would count twice).
        if (!directory.IsLive)
        {
            return;
        }

        _pending.Add(response);
        _flushTimer ??= RegisterGrainTimer(Flush, _options.FlushInterval, Timeout.InfiniteTimeSpan);
    }

    private long PooledResponses()
    {
        long total = 0;
        foreach (var history in _pooled.Values)
        {
            total += history.Responses;
        }

        return total;
    }
}
