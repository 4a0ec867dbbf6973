using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;

namespace Sipas.Runtime.Invocation;

/// <summary>Base of generated requests for methods returning <see cref="Task"/> or <see cref="ValueTask"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class Request : RequestBase, IValueTaskSource
{
    private ManualResetValueTaskSourceCore<bool> _core;
    private ValueTask _pending;
    private Action? _onCompleted;

    internal short Version => _core.Version;

    /// <summary>Calls the grain method.</summary>
    /// <param name="grain">The grain instance.</param>
    /// <returns>The method's task.</returns>
    protected abstract ValueTask InvokeAsync(object grain);

    internal sealed override void Invoke(object grain)
    {
        ValueTask task;
        try
        {
            task = InvokeAsync(grain);
        }
        catch (Exception ex)
        {
            Finish(ex);
            return;
        }

        if (task.IsCompleted)
        {
            Complete(task);
            return;
        }

        _pending = task;
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onCompleted ??= OnCompleted);
    }

    /// <inheritdoc />
    void IValueTaskSource.GetResult(short token)
    {
        try
        {
            _core.GetResult(token);
        }
        finally
        {
            OnResponseConsumed();
        }
    }

    /// <inheritdoc />
    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

    /// <inheritdoc />
    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private protected sealed override void Signal(Exception? exception)
    {
        if (exception is null)
        {
            _core.SetResult(true);
        }
        else
        {
            _core.SetException(exception);
        }
    }

    private protected sealed override void ResetResponse() => _core.Reset();

    private void OnCompleted()
    {
        var task = _pending;
        _pending = default;
        Complete(task);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Complete(ValueTask task)
    {
        Exception? exception = null;
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            exception = ex;
        }

        Finish(exception);
    }
}
