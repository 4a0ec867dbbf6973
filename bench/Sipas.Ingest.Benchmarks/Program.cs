using System.Globalization;
using Sipas.Ingest.Benchmarks;

// bench/ingest.sh runs this harness for the raw-insert baselines:
//   sqlite   --db <file> --rows <n> --batch <n> [--sample <responses.db>] [--returning] [--sqlite-defaults]
//   postgres --connection <string> --rows <n> --batch <n> [--sample <responses.db>]
// Each ends with one line `raw_per_sec=<n>`; the payloads are sampled from the Silo's own log when --sample is given.
// bench/restart.sh runs it to grow a stopped Silo's log to a given size (see SeedLog):
//   seed-log --db <data-dir>/responses.db --rows <total>
// and, for the ingestion endpoint's own cost per response (see EndpointCost):
//   endpoint --sample <file.jsonl written by Sipas.LoadGen --out>
if (args.Length == 3 && args[0] == "endpoint" && args[1] == "--sample")
{
    var (microseconds, bytes) = await EndpointCost.RunAsync(args[2]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"endpoint_us={microseconds:F2} endpoint_bytes={bytes:F0}"));
    return 0;
}

if (args.Length > 0 && args[0] == "seed-log")
{
    var seedOptions = HarnessOptions.Parse(args[1..]);
    var appended = await SeedLog.RunAsync(seedOptions.Target, seedOptions.Rows, TimeProvider.System, Console.Out);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"appended={appended}"));
    return 0;
}

if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
{
    await Console.Error.WriteLineAsync("usage: (sqlite --db <file> | postgres --connection <cs>) --rows <n> --batch <n> [--sample <responses.db>] [--returning] [--sqlite-defaults]");
    await Console.Error.WriteLineAsync("       seed-log --db <responses.db> --rows <total>");
    await Console.Error.WriteLineAsync("       endpoint --sample <file.jsonl>");
    return 2;
}

var options = HarnessOptions.Parse(args[1..]);
var rows = RowSource.Create(options.SamplePath, TimeProvider.System);
Console.WriteLine($"payloads: {rows.Description}");
var result = args[0] == "sqlite"
    ? await RawSqliteInsert.RunAsync(options.Target, rows, options.Rows, options.Batch, options.Returning, options.SqliteDefaults)
    : await RawPostgresInsert.RunAsync(options.Target, rows, options.Rows, options.Batch);
var perSecond = result.Rows / result.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"raw_{args[0]}{(options.Returning ? "_returning" : "")}{(options.SqliteDefaults ? "_sqlite_defaults" : "")} rows={result.Rows} batch={options.Batch} transactions={result.Transactions} seconds={result.Elapsed.TotalSeconds:F2} payload_avg_bytes={rows.AveragePayloadBytes:F0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw_per_sec={perSecond:F0}"));
return 0;
