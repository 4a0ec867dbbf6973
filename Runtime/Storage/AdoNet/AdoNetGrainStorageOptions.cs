using System.Data.Common;

namespace Sipas.Runtime.Storage.AdoNet;

/// <summary>
/// Options of <see cref="AdoNetGrainStorage"/> (Orleans' <c>AdoNetGrainStorageOptions</c>, which takes an invariant
/// name and a connection string; here the caller supplies the <see cref="DbDataSource"/> itself).
/// </summary>
public sealed class AdoNetGrainStorageOptions
{
    /// <summary>
    /// The data source: an <c>NpgsqlDataSource</c>, or for SQLite
    /// <c>SqliteFactory.Instance.CreateDataSource("Data Source=grains.db")</c>. Required.
    /// </summary>
    public DbDataSource? DataSource { get; set; }

    /// <summary>The database kind; detected from <see cref="DataSource"/> by default.</summary>
    public AdoNetDialect Dialect { get; set; } = AdoNetDialect.Auto;

    /// <summary>Separates the rows of several services sharing one table (Orleans' ServiceId). Default "default".</summary>
    public string ServiceId { get; set; } = "default";

    /// <summary>Apply the embedded schema scripts on first use. Default true.</summary>
    public bool InitializeSchema { get; set; } = true;

    /// <summary>Overrides the silo's serializer for this provider.</summary>
    public IGrainStorageSerializer? GrainStorageSerializer { get; set; }
}
