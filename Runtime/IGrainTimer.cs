namespace Sipas.Runtime;

/// <summary>A timer registered by a grain (Orleans' <c>IGrainTimer</c>). Disposing it stops it.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes when the timer next fires and its period.</summary>
    /// <param name="dueTime">Time until the next tick.</param>
    /// <param name="period">Time between the end of one tick and the start of the next; <see cref="Timeout.InfiniteTimeSpan"/> for one shot.</param>
    void Change(TimeSpan dueTime, TimeSpan period);
}
