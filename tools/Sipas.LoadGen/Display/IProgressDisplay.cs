using Sipas.LoadGen.Stats;

namespace Sipas.LoadGen.Display;

/// <summary>Shows a run's progress until cancelled.</summary>
internal interface IProgressDisplay
{
    /// <summary>Refreshes from <paramref name="snapshot"/> until <paramref name="cancellationToken"/> fires; never throws on cancellation.</summary>
    Task RunAsync(Func<ProgressSnapshot> snapshot, CancellationToken cancellationToken);

    /// <summary>A one-off message (a scenario marker).</summary>
    void Note(string message);
}
