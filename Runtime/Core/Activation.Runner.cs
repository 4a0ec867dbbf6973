using Sipas.Runtime.Diagnostics;
using Sipas.Runtime.Invocation;

namespace Sipas.Runtime.Core;

/// <summary>The runner: drains the activation's work on a thread-pool thread, or runs one call inline.</summary>
internal sealed partial class Activation
{
    /// <summary>The thread-pool entry: drains up to a batch of work, then yields the thread.</summary>
    public void Execute()
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_context);
        try
        {
            for (var i = 0; i < BatchSize; i++)
            {
                if (!RunOne())
                {
                    return;
                }
            }

            bool again;
            lock (_lock)
            {
                again = HasRunnableWork_Locked();
                _runnerActive = again;
            }

            if (again)
            {
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void RunInline(RequestBase request)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_context);
        _inlineDepth++;
        var started = Runtime.Metrics.TurnStart();
        try
        {
            Start(request);
        }
        finally
        {
            Runtime.Metrics.TurnEnd(started);
            _inlineDepth--;
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        bool schedule;
        lock (_lock)
        {
            schedule = HasRunnableWork_Locked();
            _runnerActive = schedule;
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Runs one work item or admits one request; false (runner released) when there is nothing to do.</summary>
    private bool RunOne()
    {
        WorkItem item;
        RequestBase? request;
        lock (_lock)
        {
            if (_work.TryDequeue(out item))
            {
                request = null;
            }
            else if (!TryDequeueAdmissible_Locked(out request))
            {
                _runnerActive = false;
                return false;
            }
        }

        var started = Runtime.Metrics.TurnStart();
        try
        {
            if (request is not null)
            {
                Start(request);
            }
            else
            {
                item.Invoke();
            }
        }
        catch (Exception ex)
        {
            // Grain exceptions go to their callers; this is a continuation that threw while being resumed.
            Runtime.Log.WorkItemFailed(GrainId, ex);
        }

        Runtime.Metrics.TurnEnd(started);
        return true;
    }

    private void Start(RequestBase request)
    {
        _currentMethod = request.Method;
        request.Invoke(_grain!);
    }
}
