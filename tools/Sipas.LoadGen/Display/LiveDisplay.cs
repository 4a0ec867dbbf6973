using System.Globalization;
using Sipas.LoadGen.Stats;
using Spectre.Console;

namespace Sipas.LoadGen.Display;

/// <summary>On a terminal: a table redrawn four times a second.</summary>
internal sealed class LiveDisplay(TimeProvider clock) : IProgressDisplay
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);
    private volatile string _note = "";

    public async Task RunAsync(Func<ProgressSnapshot> snapshot, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn(new TableColumn("").RightAligned());
        await AnsiConsole.Live(table).AutoClear(false).StartAsync(async context =>
        {
            using var timer = new PeriodicTimer(Refresh, clock);
            try
            {
                do
                {
                    Fill(table, snapshot());
                    context.Refresh();
                }
                while (await timer.WaitForNextTickAsync(cancellationToken));
            }
            catch (OperationCanceledException)
            {
                Fill(table, snapshot());
                context.Refresh();
            }
        });
    }

    public void Note(string message) => _note = message;

    private void Fill(Table table, ProgressSnapshot s)
    {
        table.Rows.Clear();
        Row(table, "rate", $"{s.Rate:0} /s");
        Row(table, "sent", $"{s.Sent:N0} / {s.Total:N0}");
        Row(table, "accepted", $"{s.Accepted:N0}");
        Row(table, "duplicate", $"{s.Duplicate:N0}");
        Row(table, "rejected", $"{s.Rejected:N0}");
        Row(table, s.Errors > 0 ? "[red]errors[/]" : "errors", $"{s.Errors:N0}");
        Row(table, "retries", $"{s.Retries:N0}");
        Row(table, "latency p50 / p99", $"{s.P50Ms:0} / {s.P99Ms:0} ms");
        Row(table, "elapsed / remaining", $"{ProgressFormat.Time(s.Elapsed)} / {ProgressFormat.Time(s.Remaining)}");
        if (_note.Length > 0)
        {
            table.AddRow(new Markup("note"), new Markup(Markup.Escape(_note)));
        }
    }

    private static void Row(Table table, string label, FormattableString value) =>
        table.AddRow(new Markup(label), new Markup(Markup.Escape(value.ToString(CultureInfo.InvariantCulture))));
}
