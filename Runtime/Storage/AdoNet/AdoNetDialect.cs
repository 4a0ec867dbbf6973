namespace Sipas.Runtime.Storage.AdoNet;

/// <summary>The database behind an <see cref="AdoNetGrainStorage"/>.</summary>
public enum AdoNetDialect
{
    /// <summary>Detect from the data source's type (Npgsql → PostgreSQL, Microsoft.Data.Sqlite → SQLite).</summary>
    Auto,

    /// <summary>SQLite (Microsoft.Data.Sqlite), switched to WAL mode on start.</summary>
    Sqlite,

    /// <summary>PostgreSQL (Npgsql).</summary>
    PostgreSql,
}
