using System.Globalization;

namespace Sipas.Ingest.Benchmarks;

/// <summary>
/// The harness' command line: where to insert, how many rows, how many per transaction, where to sample payloads, and
/// (SQLite) whether to use the Silo's own statement with ON CONFLICT … RETURNING, and whether to leave SQLite's
/// defaults in place of the Silo writer's page cache and checkpoint size.
/// </summary>
internal sealed record HarnessOptions(string Target, int Rows, int Batch, string? SamplePath, bool Returning, bool SqliteDefaults)
{
    public static HarnessOptions Parse(string[] args)
    {
        string? target = null;
        string? sample = null;
        var rows = 200_000;
        var batch = 1_000;
        var returning = false;
        var sqliteDefaults = false;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is "--returning" or "--sqlite-defaults")
            {
                returning |= args[i] == "--returning";
                sqliteDefaults |= args[i] == "--sqlite-defaults";
                i--;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--db" or "--connection":
                    target = value;
                    break;
                case "--rows":
                    rows = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--batch":
                    batch = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--sample":
                    sample = value;
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new HarnessOptions(target ?? throw new ArgumentException("--db or --connection is required"), rows, batch, sample, returning, sqliteDefaults);
    }
}
