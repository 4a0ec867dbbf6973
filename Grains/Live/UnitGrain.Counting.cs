using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>Counting: own responses, children's deltas, and the batched flush up the tree.</summary>
public sealed partial class UnitGrain
{
    private List<CountedResponse> _pending = [];
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

            var counted = CountedResponse.Of(QuestionnaireOf(recorded.Response.Questionnaire), recorded.Response);
            var key = KeyOf(counted.Questionnaire);
            var own = Own(counted.Questionnaire, key);
            own.Add(counted);
            var pooled = _pooled[key];
            if (!ReferenceEquals(own, pooled))
            {
                pooled.Add(counted);
            }

            state.State.AppliedPosition = recorded.Position;
            _dirty = true;
            Changed();
            Pend(counted);
        }

        return Task.CompletedTask;
    }

    public Task ApplyDelta(UnitDelta delta)
    {
        Changed();
        _pending.EnsureCapacity(_pending.Count + delta.Responses.Count);
        foreach (var response in delta.Responses)
        {
            Pooled(response.Questionnaire, KeyOf(response.Questionnaire)).Add(response);
            Pend(response);
        }

        return Task.CompletedTask;
    }

    public Task Flush()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        return FlushPending();
    }

    // The flush timer repeats while responses keep coming (one timer per busy unit, not one made and disposed per
    // flush) and goes away at the first tick with nothing to pass up.
    private Task FlushTick()
    {
        if (_pending.Count == 0)
        {
            _flushTimer?.Dispose();
            _flushTimer = null;
            return Task.CompletedTask;
        }

        return FlushPending();
    }

    private Task FlushPending()
    {
        if (_pending.Count == 0)
        {
            return Task.CompletedTask;
        }

        var batch = _pending;
        _pending = [];
        _updatedAt = clock.GetUtcNow();
        Changed();
        if (directory.Tree.Find(Code)?.ParentCode is { } parent)
        {
            // One-way: the parent pools it in its own turn; messages from this unit reach it in order.
            _ = GrainFactory.GetGrain<IUnitGrain>(parent).ApplyDelta(new UnitDelta(Code, batch));
            _ = GrainFactory.GetGrain<IRankingGrain>(parent).ChildChanged();
        }

        changes.Publish(new UnitChanged(Code, batch.Count, PooledResponses(), _updatedAt));
        return Task.CompletedTask;
    }

    private void Pend(CountedResponse response)
    {
        // Until recovery has rebuilt every parent from its children, nothing is passed up (it would count twice).
        if (!directory.IsLive)
        {
            return;
        }

        _pending.Add(response);
        _flushTimer ??= RegisterGrainTimer(FlushTick, _options.FlushInterval, _options.FlushInterval);
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
