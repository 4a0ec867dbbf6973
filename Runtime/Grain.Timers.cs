using Sipas.Runtime.Core;

namespace Sipas.Runtime;

/// <summary>Grain timers: callbacks that run as turns of the activation.</summary>
public abstract partial class Grain
{
    /// <summary>
    /// Registers a timer whose callback runs as a turn: never at the same time as a call (unless
    /// <see cref="GrainTimerCreationOptions.Interleave"/>) and never overlapping itself; the period counts from the
    /// end of one tick. The timer stops when disposed or when the activation deactivates.
    /// </summary>
    /// <typeparam name="TState">The callback's state.</typeparam>
    /// <param name="callback">The tick.</param>
    /// <param name="state">Passed to each tick.</param>
    /// <param name="options">Due time, period, interleaving, keep-alive.</param>
    /// <returns>The timer.</returns>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new GrainTimer(_activation, (s, ct) => callback((TState)s!, ct), state, options);
    }

    /// <summary>Registers a timer; see <see cref="RegisterGrainTimer{TState}(Func{TState, CancellationToken, Task}, TState, GrainTimerCreationOptions)"/>.</summary>
    /// <param name="callback">The tick.</param>
    /// <param name="options">Due time, period, interleaving, keep-alive.</param>
    /// <returns>The timer.</returns>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new GrainTimer(_activation, (_, ct) => callback(ct), null, options);
    }

    /// <summary>Registers a timer; see <see cref="RegisterGrainTimer{TState}(Func{TState, CancellationToken, Task}, TState, GrainTimerCreationOptions)"/>.</summary>
    /// <param name="callback">The tick.</param>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between the end of one tick and the start of the next.</param>
    /// <returns>The timer.</returns>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        RegisterGrainTimer(callback, new GrainTimerCreationOptions(dueTime, period));

    /// <summary>Registers a timer; see <see cref="RegisterGrainTimer{TState}(Func{TState, CancellationToken, Task}, TState, GrainTimerCreationOptions)"/>.</summary>
    /// <param name="callback">The tick.</param>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between the end of one tick and the start of the next.</param>
    /// <returns>The timer.</returns>
    protected IGrainTimer RegisterGrainTimer(Func<Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return RegisterGrainTimer(_ => callback(), new GrainTimerCreationOptions(dueTime, period));
    }

    /// <summary>Registers a timer; see <see cref="RegisterGrainTimer{TState}(Func{TState, CancellationToken, Task}, TState, GrainTimerCreationOptions)"/>.</summary>
    /// <typeparam name="TState">The callback's state.</typeparam>
    /// <param name="callback">The tick.</param>
    /// <param name="state">Passed to each tick.</param>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between the end of one tick and the start of the next.</param>
    /// <returns>The timer.</returns>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, Task> callback, TState state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return RegisterGrainTimer((s, _) => callback(s), state, new GrainTimerCreationOptions(dueTime, period));
    }
}
