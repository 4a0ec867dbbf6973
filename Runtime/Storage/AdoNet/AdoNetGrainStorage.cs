using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Sipas.Runtime.Diagnostics;

namespace Sipas.Runtime.Storage.AdoNet;

/// <summary>
/// Grain storage in a relational database through ADO.NET (Orleans' <c>AdoNetGrainStorage</c>): one row per grain
/// state in <c>grain_storage</c>, its <c>version</c> column is the ETag, every write is a conditional insert or
/// update. SQLite (WAL mode) and PostgreSQL; the schema comes from embedded, versioned scripts applied on first use.
/// </summary>
public sealed class AdoNetGrainStorage : IGrainStorage
{
    private const string Where = " WHERE service_id = @service_id AND grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name";
    private const string SelectSql = "SELECT version, payload FROM grain_storage" + Where + ";";
    private const string ExistsSql = "SELECT 1 FROM grain_storage" + Where + ";";
    private const string InsertSql =
        "INSERT INTO grain_storage (service_id, grain_type, grain_key, state_name, version, payload, modified_on) " +
        "VALUES (@service_id, @grain_type, @grain_key, @state_name, 1, @payload, @modified_on) ON CONFLICT DO NOTHING;";
    private const string UpdateSql =
        "UPDATE grain_storage SET payload = @payload, version = version + 1, modified_on = @modified_on" + Where + " AND version = @version;";

    private readonly DbDataSource _dataSource;
    private readonly AdoNetGrainStorageOptions _options;
    private readonly IGrainStorageSerializer _serializer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lazy<Task> _schema;

    /// <summary>Creates the provider.</summary>
    /// <param name="name">The provider's name.</param>
    /// <param name="options">Data source, dialect, service id.</param>
    /// <param name="serializer">The silo's serializer, unless the options carry one.</param>
    /// <param name="timeProvider">The clock for <c>modified_on</c>.</param>
    /// <param name="logger">The logger.</param>
    public AdoNetGrainStorage(string name, AdoNetGrainStorageOptions options, IGrainStorageSerializer serializer, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        _options = options;
        _dataSource = options.DataSource ?? throw new ArgumentException($"AdoNetGrainStorageOptions.DataSource of '{name}' is required.", nameof(options));
        Dialect = options.Dialect == AdoNetDialect.Auto ? Detect(_dataSource) : options.Dialect;
        _serializer = options.GrainStorageSerializer ?? serializer;
        _timeProvider = timeProvider;
        _logger = logger;
        _schema = new Lazy<Task>(() => InitializeAsync(CancellationToken.None));
    }

    /// <summary>The provider's name.</summary>
    public string Name { get; }

    /// <summary>The database kind in use.</summary>
    public AdoNetDialect Dialect { get; }

    /// <summary>Applies the schema scripts now (otherwise done on first use).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => _schema.Value.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(SelectSql);
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            grainState.State = Core.PersistentState<T>.NewState();
            return;
        }

        grainState.ETag = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = !await reader.IsDBNullAsync(1, cancellationToken);
        grainState.State = grainState.RecordExists
            ? _serializer.Deserialize<T>(await reader.GetFieldValueAsync<byte[]>(1, cancellationToken))
            : Core.PersistentState<T>.NewState();
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = _serializer.Serialize(grainState.State);
        grainState.ETag = await SwapAsync(stateName, grainId, grainState.ETag, payload, cancellationToken);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (grainState.ETag is null)
        {
            await EnsureSchemaAsync(cancellationToken);
            await using var exists = _dataSource.CreateCommand(ExistsSql);
            AddKey(exists, stateName, grainId);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                grainState.RecordExists = false;
                return;
            }
        }

        grainState.ETag = await SwapAsync(stateName, grainId, grainState.ETag, null, cancellationToken);
        grainState.RecordExists = false;
    }

    private async Task<string> SwapAsync(string stateName, GrainId grainId, string? etag, byte[]? payload, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        long expected = 0;
        if (etag is not null && !long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out expected))
        {
            throw new InconsistentStateException($"'{etag}' is not an ETag of storage '{Name}'.", null, etag);
        }

        await using var command = _dataSource.CreateCommand(etag is null ? InsertSql : UpdateSql);
        AddKey(command, stateName, grainId);
        AdoNetCommands.Add(command, "@payload", payload, DbType.Binary);
        AdoNetCommands.Add(command, "@modified_on", _timeProvider.GetUtcNow(), DbType.DateTimeOffset);
        if (etag is not null)
        {
            AdoNetCommands.Add(command, "@version", expected, DbType.Int64);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InconsistentStateException(
                $"Version conflict writing state '{stateName}' of {grainId} in storage '{Name}'.", null, etag);
        }

        return (expected + 1).ToString(CultureInfo.InvariantCulture);
    }

    private void AddKey(DbCommand command, string stateName, GrainId grainId)
    {
        AdoNetCommands.Add(command, "@service_id", _options.ServiceId, DbType.String);
        AdoNetCommands.Add(command, "@grain_type", grainId.Type, DbType.String);
        AdoNetCommands.Add(command, "@grain_key", grainId.Key, DbType.String);
        AdoNetCommands.Add(command, "@state_name", stateName, DbType.String);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!_options.InitializeSchema)
        {
            return;
        }

        foreach (var version in await SchemaMigrator.ApplyAsync(_dataSource, Dialect, _timeProvider.GetUtcNow(), cancellationToken))
        {
            _logger.SchemaApplied(version, Dialect.ToString());
        }
    }

    private static AdoNetDialect Detect(DbDataSource dataSource)
    {
        // SqliteFactory.CreateDataSource returns the generic DefaultDataSource: the connection type tells.
        using var connection = dataSource.CreateConnection();
        var name = connection.GetType().FullName ?? "";
        return name.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) ? AdoNetDialect.PostgreSql
            : name.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) ? AdoNetDialect.Sqlite
            : throw new ArgumentException($"Cannot tell the database of {name}: set AdoNetGrainStorageOptions.Dialect.", nameof(dataSource));
    }
}
