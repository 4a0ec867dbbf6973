using Sipas.LoadGen.Stats;

namespace Sipas.LoadGen.Display;

/// <summary><c>--quiet</c>: nothing until the summary.</summary>
internal sealed class QuietDisplay : IProgressDisplay
{
    public Task RunAsync(Func<ProgressSnapshot> snapshot, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Note(string message)
    {
    }
}
