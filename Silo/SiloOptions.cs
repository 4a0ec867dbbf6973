namespace Sipas.Silo;

/// <summary>Settings of the Silo process, bound from the <c>Silo</c> configuration section and the command line.</summary>
public sealed class SiloOptions
{
    public const string Section = "Silo";

    /// <summary>The address the Silo listens on when neither <c>--urls</c> nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Where the response log (SQLite), grain snapshots and the admin key live. Default <c>./data</c>.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL replaces SQLite. Never logged.</summary>
    public string? Postgres { get; set; }

    /// <summary>Run the built-in simulated response stream.</summary>
    public bool Demo { get; set; }
}
