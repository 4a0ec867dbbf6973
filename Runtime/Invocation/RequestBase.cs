using System.ComponentModel;
using Sipas.Runtime.Core;

namespace Sipas.Runtime.Invocation;

/// <summary>
/// A message to a grain: one generated subclass per interface method carries the arguments and invokes the method
/// (Orleans' generated invokables). Instances are pooled; user code never sees them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class RequestBase
{
    private int _responded;
    private volatile bool _calleeDone;

    /// <summary>Describes the method this request invokes.</summary>
    public abstract GrainMethodInfo Method { get; }

    internal GrainReference? Reference { get; set; }

    internal Activation? Target { get; set; }

    internal Activation? Caller { get; set; }

    internal GrainMethodInfo? CallerMethod { get; set; }

    internal long Deadline { get; set; } = long.MaxValue;

    internal bool HasResponded => Volatile.Read(ref _responded) != 0;

    /// <summary>Whether finishing this request counts as activity for idle collection.</summary>
    internal virtual bool KeepsAlive => true;

    /// <summary>Starts the method on the grain; completion reports back through <see cref="Finish"/>.</summary>
    internal abstract void Invoke(object grain);

    /// <summary>Completes the caller's task with an exception.</summary>
    private protected abstract void Signal(Exception? exception);

    /// <summary>Clears argument fields so a pooled request holds no references.</summary>
    protected abstract void ClearArguments();

    /// <summary>Returns this instance to its pool.</summary>
    protected abstract void ReturnToPool();

    /// <summary>Resets the response machinery before the request goes back to its pool.</summary>
    private protected abstract void ResetResponse();

    /// <summary>Fails the request without running it (delivery or activation failure, timeout).</summary>
    internal bool TryFail(Exception exception)
    {
        if (Method.IsOneWay)
        {
            Reference?.Runtime.OnOneWayFailed(this, exception);
            return false;
        }

        if (Interlocked.Exchange(ref _responded, 1) != 0)
        {
            return false;
        }

        WithoutContext(this, exception);
        return true;
    }

    /// <summary>Takes the right to answer (for a timeout, under the target's lock); the caller then calls <see cref="FailClaimed"/>.</summary>
    internal bool TryClaim() => !Method.IsOneWay && Interlocked.Exchange(ref _responded, 1) == 0;

    /// <summary>Answers a claimed request with an exception.</summary>
    internal void FailClaimed(Exception exception) => WithoutContext(this, exception);

    /// <summary>Called when the grain method finished: bookkeeping first, then the response.</summary>
    private protected void Finish(Exception? exception)
    {
        var target = Target!;
        target.OnRequestFinished(this);
        if (Method.IsOneWay)
        {
            if (exception is not null)
            {
                target.Runtime.OnOneWayFailed(this, exception);
            }

            Recycle();
            return;
        }

        if (Interlocked.Exchange(ref _responded, 1) != 0)
        {
            // Timed out already: the caller has its exception; this object is left to the collector.
            return;
        }

        _calleeDone = true;
        WithoutContext(this, exception);
    }

    /// <summary>Called by the caller after it read the response.</summary>
    private protected void OnResponseConsumed()
    {
        if (_calleeDone)
        {
            Recycle();
        }
    }

    private static void WithoutContext(RequestBase request, Exception? exception)
    {
        // The caller's continuation may run inline: it must not see the callee's synchronization context.
        var previous = SynchronizationContext.Current;
        if (previous is null)
        {
            request.Signal(exception);
            return;
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            request.Signal(exception);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private protected virtual void Recycle()
    {
        _responded = 0;
        _calleeDone = false;
        Reference = null;
        Target = null;
        Caller = null;
        CallerMethod = null;
        Deadline = long.MaxValue;
        ClearArguments();
        ResetResponse();
        ReturnToPool();
    }
}
