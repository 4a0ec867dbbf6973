namespace Sipas.Runtime;

/// <summary>Options of <see cref="Grain.RegisterGrainTimer{TState}(Func{TState, CancellationToken, Task}, TState, GrainTimerCreationOptions)"/> (Orleans' <c>GrainTimerCreationOptions</c>).</summary>
public readonly record struct GrainTimerCreationOptions
{
    /// <summary>Creates options with a due time and a period.</summary>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between the end of one tick and the start of the next.</param>
    public GrainTimerCreationOptions(TimeSpan dueTime, TimeSpan period)
    {
        DueTime = dueTime;
        Period = period;
    }

    /// <summary>Time until the first tick.</summary>
    public TimeSpan DueTime { get; init; }

    /// <summary>Time between the end of one tick and the start of the next (ticks never overlap).</summary>
    public TimeSpan Period { get; init; }

    /// <summary>When true the tick may interleave with calls; by default it is a turn like any call.</summary>
    public bool Interleave { get; init; }

    /// <summary>When true a tick counts as activity and keeps the activation from idle collection. Default false.</summary>
    public bool KeepAlive { get; init; }
}
