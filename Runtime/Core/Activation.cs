using System.Diagnostics;
using Sipas.Runtime.Invocation;

namespace Sipas.Runtime.Core;

/// <summary>
/// One live instance of a grain (Orleans' ActivationData). It owns a FIFO of requests waiting for admission and a
/// queue of runnable work (continuations, lifecycle steps); one runner at a time drains them, so the grain never runs
/// on two threads at once. A request to an idle activation runs on the caller's thread until its first real await.
/// </summary>
internal sealed partial class Activation : IThreadPoolWorkItem
{
    private const int BatchSize = 64;
    private const int MaxInlineDepth = 4;

    [ThreadStatic]
    private static int _inlineDepth;

    // Monitor on the activation itself: its header shares the activation's cache line, one less miss per call
    // when calls spread over many activations. Nothing outside this class sees the object.
    private readonly object _lock;
    private readonly Queue<RequestBase> _pending = new();
    private readonly Queue<WorkItem> _work = new();
    private readonly List<RequestBase> _running = new(1);
    private readonly ActivationSynchronizationContext _context;
    private ActivationStatus _status;
    private bool _runnerActive;
    private int _runningWritable;
    private object? _grain;
    private GrainMethodInfo? _currentMethod;

    public Activation(GrainRuntime runtime, GrainId grainId, GrainClassInfo grainClass)
    {
        Runtime = runtime;
        GrainId = grainId;
        GrainClass = grainClass;
        _context = new ActivationSynchronizationContext(this);
        _lock = this;
    }

    public GrainRuntime Runtime { get; }

    public GrainId GrainId { get; }

    public GrainClassInfo GrainClass { get; }

    /// <summary>The method of the request that started most recently (for timeout messages).</summary>
    public GrainMethodInfo? CurrentMethod => _currentMethod;

    /// <summary>Delivers a request; false when this activation is gone and the caller must look again.</summary>
    public bool TryEnqueue(RequestBase request, bool allowInline = true)
    {
        bool inline = false, schedule = false;
        lock (_lock)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return false;
            }

            request.Target = this;
            // No runner and nothing running on a valid activation means nothing is queued either (whoever queues
            // work claims the runner), so the call may run here, now, without touching the queues.
            if (_status == ActivationStatus.Valid && !_runnerActive && _running.Count == 0 && _inlineDepth < MaxInlineDepth && allowInline)
            {
                _runnerActive = true;
                Debug.Assert(_work.Count == 0 && _pending.Count == 0, "An idle activation has an empty queue.");
                Admit(request);
                inline = true;
            }
            else
            {
                _pending.Enqueue(request);
                if (_status == ActivationStatus.Created)
                {
                    _status = ActivationStatus.Activating;
                    _work.Enqueue(new WorkItem(ActivateCallback, this));
                }

                schedule = ClaimRunner();
            }
        }

        if (inline)
        {
            RunInline(request);
        }
        else if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        return true;
    }

    /// <summary>Queues a continuation or lifecycle step (from the synchronization context).</summary>
    public void Post(WorkItem item)
    {
        bool schedule;
        lock (_lock)
        {
            _work.Enqueue(item);
            schedule = ClaimRunner();
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Bookkeeping when a request's method has finished (called before the caller is answered).</summary>
    public void OnRequestFinished(RequestBase request)
    {
        bool schedule;
        lock (_lock)
        {
            _running.Remove(request);
            if (!request.Method.IsReadOnly)
            {
                _runningWritable--;
            }

            _calls++;
            if (request.KeepsAlive)
            {
                _activity++;
            }

            if (_running.Count == 0)
            {
                OnIdle_Locked();
            }

            schedule = ClaimRunner();
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    private void Admit(RequestBase request)
    {
        _running.Add(request);
        if (!request.Method.IsReadOnly)
        {
            _runningWritable++;
        }
    }

    private bool TryDequeueAdmissible_Locked(out RequestBase? request)
    {
        request = null;
        while (_status == ActivationStatus.Valid && _pending.TryPeek(out var next))
        {
            if (next.HasResponded)
            {
                _pending.Dequeue();
                continue;
            }

            if (!CanAdmit_Locked(next))
            {
                return false;
            }

            _pending.Dequeue();
            Admit(next);
            request = next;
            return true;
        }

        return false;
    }

    private bool CanAdmit_Locked(RequestBase request) =>
        _running.Count == 0
        || GrainClass.IsReentrant
        || request.Method.IsAlwaysInterleave
        || (request.Method.IsReadOnly && _runningWritable == 0);

    private bool HasRunnableWork_Locked()
    {
        if (_work.Count > 0)
        {
            return true;
        }

        return _status == ActivationStatus.Valid && _pending.TryPeek(out var next) && (next.HasResponded || CanAdmit_Locked(next));
    }

    /// <summary>Takes the runner role when there is work and nobody runs; the caller then schedules.</summary>
    private bool ClaimRunner()
    {
        Debug.Assert(Monitor.IsEntered(_lock), "Called under the activation lock.");
        if (_runnerActive || !HasRunnableWork_Locked())
        {
            return false;
        }

        _runnerActive = true;
        return true;
    }
}
