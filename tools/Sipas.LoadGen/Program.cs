using Sipas.LoadGen;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops sending and still prints the summary; a second one ends the process.
    e.Cancel = !interrupted.IsCancellationRequested;
    interrupted.Cancel();
};

return await LoadGenApp.RunAsync(
    args, Console.Out, Console.Error, TimeProvider.System, interactive: !Console.IsOutputRedirected, interrupted.Token);
