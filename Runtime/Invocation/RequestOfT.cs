using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;

namespace Sipas.Runtime.Invocation;

/// <summary>Base of generated requests for methods returning <see cref="Task{TResult}"/> or <see cref="ValueTask{TResult}"/>.</summary>
/// <typeparam name="TResult">The method's result type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class Request<TResult> : RequestBase, IValueTaskSource<TResult>
{
    private ManualResetValueTaskSourceCore<TResult> _core;
    private ValueTask<TResult> _pending;
    private TResult? _result;
    private Action? _onCompleted;

    internal short Version => _core.Version;

    /// <summary>Calls the grain method.</summary>
    /// <param name="grain">The grain instance.</param>
    /// <returns>The method's task.</returns>
    protected abstract ValueTask<TResult> InvokeAsync(object grain);

    internal sealed override void Invoke(object grain)
    {
        ValueTask<TResult> task;
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
    TResult IValueTaskSource<TResult>.GetResult(short token)
    {
        try
        {
            return _core.GetResult(token);
        }
        finally
        {
            OnResponseConsumed();
        }
    }

    /// <inheritdoc />
    ValueTaskSourceStatus IValueTaskSource<TResult>.GetStatus(short token) => _core.GetStatus(token);

    /// <inheritdoc />
    void IValueTaskSource<TResult>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private protected sealed override void Signal(Exception? exception)
    {
        if (exception is null)
        {
            var result = _result!;
            _result = default;
            _core.SetResult(result);
        }
        else
        {
            _result = default;
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
    private void Complete(ValueTask<TResult> task)
    {
        Exception? exception = null;
        try
        {
            _result = task.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            exception = ex;
        }

        Finish(exception);
    }
}
